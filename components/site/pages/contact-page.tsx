import { ChannelList } from '@/components/routing/channel-list';
import { ContactConfirmation } from '@/components/contact/contact-confirmation';
import { ContactForm } from '@/components/contact/contact-form';
import { ConversationStarted } from '@/components/conversation/conversation-started';
import type { PowChallenge } from '@/lib/contact/proof-of-work-types';
import { AUDIENCES, TOPICS } from '@/lib/contact/options';
import { translator } from '@/lib/i18n/translator';
import type { VisitorLocale } from '@/lib/i18n/locales';
import type { RouteResult } from '@/lib/routing/types';
import type { PrimaryHelpline } from '@/lib/server/helpline';
import type { ContactActionState } from '@/lib/server/visitor-forms/contact';

export interface ContactPageProps {
  locale: VisitorLocale;
  helpline: PrimaryHelpline;
  channels: RouteResult;
  chosen: { audience?: string; topic?: string; reach?: string };
  waveCode: string | null;
  /** The answer to this request's post, or null for a GET. */
  answer: ContactActionState | null;
  formToken: string;
  challenge: PowChallenge;
  /** The team's promise for what is chosen so far, in working days; null when unknown (database unreachable). */
  replyWithinDays: number | null;
  retentionDays: number;
}

/**
 * Contact: a chooser that refines which channels show (a GET form, so it works without JavaScript), then the form,
 * which posts to this page. The answer to a post that was stored is the confirmation with the reference code, or
 * (answer on the site) the conversation key, in the page's place.
 */
export function ContactPage(props: ContactPageProps) {
  const { locale, helpline, channels, chosen, waveCode, answer } = props;
  if (answer?.ok && 'conversation' in answer) {
    // The conversation key takes the whole page's place, once: it is in no address and not sent again.
    return (
      <ConversationStarted
        locale={locale}
        conversationKey={answer.conversation.key}
        answerBy={answer.conversation.answerBy}
        retentionDays={props.retentionDays}
        helpline={helpline}
      />
    );
  }
  if (answer?.ok) return <ContactConfirmation locale={locale} code={answer.reference} helpline={helpline} />;

  const t = translator(locale, 'ContactPage');
  const tOptions = translator(locale, 'ContactOptions');
  const tForm = translator(locale, 'ContactForm');
  const conversationHint =
    props.replyWithinDays === null
      ? t('conversationHintNoPromise')
      : t('conversationHint', { days: props.replyWithinDays });
  return (
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
          <label className="flex min-w-0 max-w-full flex-col gap-1 font-semibold">
            {t('chooserAudience')}
            <select
              name="audience"
              defaultValue={chosen.audience ?? 'recipient'}
              className="min-h-11 max-w-full rounded-md border-2 border-ink bg-white px-2 font-normal"
            >
              {AUDIENCES.map((audience) => (
                <option key={audience} value={audience}>
                  {tOptions(`audience.${audience}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex min-w-0 max-w-full flex-col gap-1 font-semibold">
            {t('chooserTopic')}
            <select
              name="topic"
              defaultValue={chosen.topic ?? 'other'}
              className="min-h-11 max-w-full rounded-md border-2 border-ink bg-white px-2 font-normal"
            >
              {TOPICS.map((topic) => (
                <option key={topic} value={topic}>
                  {tOptions(`topic.${topic}`)}
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

      <section aria-labelledby="contact-form-title" className="mt-10">
        <h2 id="contact-form-title" className="text-2xl font-bold">
          {tForm('title')}
        </h2>
        <p className="mt-2 mb-6">{t('nextSteps')}</p>
        <ContactForm
          locale={locale}
          answer={answer && !answer.ok ? answer : null}
          helpline={{ display: helpline.display, href: helpline.href }}
          initial={{ ...chosen, wave: waveCode ?? undefined }}
          formToken={props.formToken}
          challenge={props.challenge}
          reachHints={{ conversation: conversationHint }}
        />
      </section>
    </>
  );
}
