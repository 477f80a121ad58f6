import { getMessages, getTranslations } from 'next-intl/server';
import { ChannelList } from '@/components/routing/channel-list';
import { ContactFlow, type ContactFlowProps } from '@/components/contact/contact-flow';
import type { ContactFormProps } from '@/components/contact/contact-form';
import { SiteLink as Link } from '@/components/site/site-link';
import { CONTACT_ERROR_KEYS, AUDIENCES, TOPICS } from '@/lib/contact/options';
import { localizedPath } from '@/lib/i18n/localized-path';
import type { Locale, RouteResult } from '@/lib/routing/types';
import type { PrimaryHelpline } from '@/lib/server/helpline';
import { FORM_ERRORS } from '@/lib/server/contact/submit';

export interface ContactPageProps {
  locale: Locale;
  helpline: PrimaryHelpline;
  channels: RouteResult;
  chosen: { audience?: string; topic?: string; reach?: string };
  waveCode: string | null;
  action: ContactFlowProps['action'];
  formToken: string;
  challenge: ContactFormProps['challenge'];
  /** The team's promise for what is chosen so far, in working days; null when unknown (database unreachable). */
  replyWithinDays: number | null;
  retentionDays: number;
}

/**
 * Contact: a chooser that refines which channels show (a GET form, so it works without JavaScript), then the form;
 * once sent, the confirmation with the reference code takes the page's place (see ContactFlow).
 */
export async function ContactPage(props: ContactPageProps) {
  const { locale, helpline, channels, chosen, waveCode, action, formToken, challenge } = props;
  const t = await getTranslations('ContactPage');
  const tErrors = await getTranslations('ContactErrors');
  const tConfirmation = await getTranslations('ContactConfirmation');
  const tStarted = await getTranslations('ConversationStarted');
  const messages = await getMessages();
  const options = messages.ContactOptions;
  const errors = Object.fromEntries([
    ...CONTACT_ERROR_KEYS.map((key) => [key, tErrors(key)]),
    ...FORM_ERRORS.filter((key) => key !== 'invalid').map((key) => [
      key,
      tErrors(key, { number: helpline.display }),
    ]),
  ]);
  const conversationHint =
    props.replyWithinDays === null
      ? t('conversationHintNoPromise')
      : t('conversationHint', { days: props.replyWithinDays });

  const before = (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-lg">{t('intro')}</p>
      <form
        method="get"
        className="mt-6 space-y-3 rounded-lg bg-white p-4 shadow-sm"
        aria-labelledby="chooser-title"
      >
        <h2 id="chooser-title" className="text-xl font-bold">
          {t('chooserTitle')}
        </h2>
        <div className="flex flex-wrap gap-4">
          <label className="flex flex-col gap-1 font-semibold">
            {t('chooserAudience')}
            <select
              name="audience"
              defaultValue={chosen.audience ?? 'recipient'}
              className="min-h-11 rounded-md border-2 border-ink bg-white px-2 font-normal"
            >
              {AUDIENCES.map((audience) => (
                <option key={audience} value={audience}>
                  {options.audience[audience]}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 font-semibold">
            {t('chooserTopic')}
            <select
              name="topic"
              defaultValue={chosen.topic ?? 'other'}
              className="min-h-11 rounded-md border-2 border-ink bg-white px-2 font-normal"
            >
              {TOPICS.map((topic) => (
                <option key={topic} value={topic}>
                  {options.topic[topic]}
                </option>
              ))}
            </select>
          </label>
        </div>
        {waveCode && <input type="hidden" name="w" value={waveCode} />}
        {chosen.reach && <input type="hidden" name="reach" value={chosen.reach} />}
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-md border-2 border-brand px-4 font-semibold text-brand-dark"
        >
          {t('chooserSubmit')}
        </button>
      </form>

      <ChannelList result={channels} locale={locale} waveCode={waveCode} />
    </>
  );
  const form: ContactFlowProps['form'] = {
    text: {
      form: messages.ContactForm,
      options,
      errors,
      reachHints: { conversation: conversationHint },
      started: {
        copy: messages.ConversationStarted,
        retention: tStarted('retention', { days: props.retentionDays }),
        urgent: tStarted('urgent', { number: helpline.display }),
      },
    },
    helpline: { display: helpline.display, href: helpline.href },
    initial: { ...chosen, wave: waveCode ?? undefined },
    formToken,
    challenge,
    conversationHref: localizedPath('/conversation', locale),
  } satisfies Omit<ContactFormProps, 'state' | 'formAction' | 'pending'>;

  return (
    <ContactFlow
      action={action}
      before={before}
      formIntro={
        <>
          <h2 id="contact-form-title" className="text-2xl font-bold">
            {messages.ContactForm.title}
          </h2>
          <p className="mt-2 mb-6">{t('nextSteps')}</p>
        </>
      }
      confirmation={{
        title: tConfirmation('title'),
        codeLabel: tConfirmation('codeLabel'),
        keep: tConfirmation('keep'),
        details: (
          <>
            <p>{tConfirmation('next')}</p>
            <p>
              <a href={helpline.href} className="font-bold">
                {tConfirmation('urgent', { number: helpline.display })}
              </a>
            </p>
            <p>
              <Link
                locale={locale}
                href="/contact/status"
                className="inline-flex min-h-11 items-center font-semibold"
              >
                {tConfirmation('statusLink')}
              </Link>
            </p>
          </>
        ),
      }}
      form={form}
    />
  );
}
