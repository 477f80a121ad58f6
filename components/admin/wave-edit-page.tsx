import { isVisitorLocale } from '@/lib/i18n/locales';
import { languageName } from '@/lib/i18n/language-names';
import { getConfig } from '@/lib/server/config';
import { getTranslations } from 'next-intl/server';
import { formStrings } from '@/components/staff/form/form-strings';
import { type FieldSpec, StaffActionForm } from '@/components/staff/form/staff-action-form';
import type { WaveRecord } from '@/lib/server/admin/waves';
import type { FormState } from '@/lib/staff/form-state';
import { SmsPreview } from './sms-preview';
import { WaveArmsSection, type WaveArmsSectionProps } from './wave-arms-section';

/** Messages that mention the `{link}` placeholder get it back as its own value. */
const LINK = { link: '{link}' };

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface WaveEditPageProps {
  locale: 'nl' | 'en';
  /** null when creating a wave. */
  wave: WaveRecord | null;
  /** A fresh unguessable code, suggested when creating. */
  suggestedCode: string;
  today: string;
  siteUrl: string;
  justSaved: boolean;
  saveAction: Action;
  closeAction: Action | null;
  /** The experiment part, for an existing wave. */
  experiment?: Pick<WaveArmsSectionProps, 'arms' | 'suggestedArmCode' | 'actions'>;
}

const ERROR_KEYS = [
  'codeLength',
  'codeCharacters',
  'codeReserved',
  'codeTooGuessable',
  'codeTaken',
  'nameRequired',
  'nameTooLong',
  'sentOnInvalid',
  'recipientsInvalid',
  'localeInvalid',
  'smsRequired',
  'smsTooLong',
  'smsNeedsLink',
] as const;

/** Create or edit a wave: code (fixed once created), name, date sent, recipients, language and the exact SMS. */
export async function WaveEditPage(props: WaveEditPageProps) {
  const { locale, wave } = props;
  const offeredLocales = getConfig().VISITOR_LOCALES;
  const t = await getTranslations('AdminWaveForm');
  const errors = Object.fromEntries(ERROR_KEYS.map((key) => [key, t(`errors.${key}`, LINK)]));
  const fields: FieldSpec[] = [
    ...(wave
      ? []
      : [
          {
            kind: 'text' as const,
            name: 'code',
            label: t('code'),
            hint: t('codeHint'),
            defaultValue: props.suggestedCode,
          },
        ]),
    { kind: 'text', name: 'name', label: t('name'), hint: t('nameHint'), defaultValue: wave?.name ?? '' },
    {
      kind: 'text',
      name: 'sentOn',
      label: t('sentOn'),
      hint: t('sentOnHint'),
      defaultValue: wave?.sentOn ?? props.today,
    },
    {
      kind: 'text',
      name: 'recipients',
      label: t('recipients'),
      hint: t('recipientsHint'),
      inputMode: 'numeric',
      defaultValue: String(wave?.recipients ?? ''),
    },
    {
      kind: 'select',
      name: 'waveLocale',
      label: t('language'),
      hint: t('languageHint'),
      // The languages this installation offers visitors: the link opens in the one chosen.
      options: offeredLocales.map((value) => ({ value, label: languageName(value, locale) })),
      defaultValue: wave?.locale ?? 'nl',
    },
    {
      kind: 'textarea',
      name: 'smsText',
      label: t('smsText'),
      hint: t('smsTextHint', LINK),
      defaultValue: wave?.smsText ?? t('defaultSms', LINK),
    },
  ];
  return (
    <>
      <p className="mb-4">
        <a href={`/${locale}/staff/waves`} className="inline-flex min-h-11 items-center">
          {t('back')}
        </a>
      </p>
      <h1 className="text-3xl font-bold">{wave ? t('editTitle', { name: wave.name }) : t('newTitle')}</h1>
      {wave ? (
        <p className="mt-2">
          {t('link')} <code data-testid="wave-link">{`${new URL(props.siteUrl).host}/w/${wave.code}`}</code>
          {' · '}
          {wave.closed ? t('statusClosed') : t('statusOpen')}
        </p>
      ) : null}
      {props.justSaved ? (
        <p role="status" className="mt-4 border-l-4 border-brand bg-brand-soft p-3 font-semibold">
          {t('created')}
        </p>
      ) : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        <div>
          <StaffActionForm
            id="wave-form"
            action={props.saveAction}
            fields={fields}
            hidden={{ locale, ...(wave ? { id: wave.id } : {}) }}
            submitLabel={wave ? t('save') : t('create')}
            strings={await formStrings(locale, errors, t('saved'))}
          />
        </div>
        <div>
          {wave ? (
            <SmsPreview
              template={wave.smsText}
              code={wave.code}
              siteUrl={props.siteUrl}
              locale={isVisitorLocale(wave.locale) ? wave.locale : 'nl'}
            />
          ) : (
            <SmsPreview
              template={t('defaultSms', LINK)}
              code={props.suggestedCode}
              siteUrl={props.siteUrl}
              locale={locale}
            />
          )}
          <p className="mt-2 text-sm text-muted">{wave ? t('previewSaved') : t('previewDefault')}</p>
        </div>
      </div>
      {wave && props.closeAction ? (
        <section aria-labelledby="close-title" className="mt-10 rounded-md border border-line p-4">
          <h2 id="close-title" className="text-xl font-bold">
            {wave.closed ? t('reopenTitle') : t('closeTitle')}
          </h2>
          <p className="mt-1 max-w-2xl">{wave.closed ? t('reopenText') : t('closeText')}</p>
          <StaffActionForm
            id="wave-close"
            action={props.closeAction}
            fields={[]}
            hidden={{ locale, id: wave.id, closed: wave.closed ? 'false' : 'true' }}
            submitLabel={wave.closed ? t('reopen') : t('close')}
            strings={await formStrings(locale, {})}
            variant={wave.closed ? 'secondary' : 'warning'}
          />
        </section>
      ) : null}
      {wave && props.experiment ? (
        <WaveArmsSection locale={locale} wave={wave} siteUrl={props.siteUrl} {...props.experiment} />
      ) : null}
    </>
  );
}
