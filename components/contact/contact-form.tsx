import type { PowChallenge } from '@/lib/contact/proof-of-work-types';
import {
  AUDIENCES,
  CONTACT_FIELDS,
  type ContactField,
  type Reach,
  REACHES,
  TOPICS,
  WHEN_PRESETS,
} from '@/lib/contact/options';
import type { ContactFieldErrors } from '@/lib/contact/schema';
import { type VisitorLocale, ltrInText } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import type { FormErrorKey } from '@/lib/server/contact/submit';
import { ErrorSummary } from './error-summary';
import { describedBy, FieldError, FieldGroup, fieldIds, RadioGroup } from './form-fields';

/** What the answer to a refused post brings back: the problems, and the person's own answers to refill the form. */
export interface ContactFormAnswer {
  fieldErrors: ContactFieldErrors;
  formError: FormErrorKey | null;
  values: Record<string, string>;
}

export interface ContactFormProps {
  locale: VisitorLocale;
  /** The answer to a refused post, or null on a first visit. */
  answer: ContactFormAnswer | null;
  helpline: { display: string; href: string };
  initial: { audience?: string; topic?: string; reach?: string; wave?: string };
  formToken: string;
  challenge: PowChallenge;
  /** Said under a way to be reached, e.g. the reply promise under "get the answer here on this website". */
  reachHints: Partial<Record<Reach, string>>;
}

/** The link target of an error in the summary: the field, or a group's first option. */
const anchorFor = (field: ContactField) => `#${fieldIds(field).input}`;

/**
 * The contact form: a plain form posting to the contact page itself, validated on the server with the zod schema.
 * Where JavaScript runs, the forms script solves the proof of work (`data-pow`) once the person starts on the form.
 */
export function ContactForm(props: ContactFormProps) {
  const { locale, answer, helpline, initial, formToken, challenge, reachHints } = props;
  const t = translator(locale, 'ContactForm');
  const tOptions = translator(locale, 'ContactOptions');
  const tErrors = translator(locale, 'ContactErrors');
  const errors: ContactFieldErrors = answer?.fieldErrors ?? {};
  const formError = answer?.formError ?? null;
  const values = answer?.values ?? {};
  const errorFields = CONTACT_FIELDS.filter((field) => errors[field]);
  const shownFormError = formError !== null && formError !== 'invalid' ? formError : null;

  const errorText = (field: ContactField) => {
    const key = errors[field];
    return key ? tErrors(key) : undefined;
  };
  const value = (name: string, fallback?: string) => values[name] ?? fallback;

  return (
    <form method="post" noValidate className="space-y-6" data-pow={JSON.stringify(challenge)}>
      {(errorFields.length > 0 || shownFormError) && (
        <ErrorSummary
          id="contact-error-summary"
          headingLevel="h3"
          title={t('errorSummaryTitle')}
          formError={
            shownFormError && (
              <>
                {tErrors(shownFormError, { number: ltrInText(helpline.display, locale) })}{' '}
                <a href={helpline.href} className="font-bold whitespace-nowrap" dir="ltr">
                  {helpline.display}
                </a>
              </>
            )
          }
          fields={errorFields.map((field) => ({ href: anchorFor(field), text: errorText(field) ?? '' }))}
        />
      )}

      <RadioGroup
        name="audience"
        legend={t('audienceLegend')}
        suffix={t('required')}
        choices={AUDIENCES.map((option) => ({ value: option, label: tOptions(`audience.${option}`) }))}
        defaultValue={value('audience', initial.audience)}
        error={errorText('audience')}
        errorPrefix={t('errorPrefix')}
      />
      <RadioGroup
        name="topic"
        legend={t('topicLegend')}
        suffix={t('required')}
        choices={TOPICS.map((option) => ({ value: option, label: tOptions(`topic.${option}`) }))}
        defaultValue={value('topic', initial.topic)}
        error={errorText('topic')}
        errorPrefix={t('errorPrefix')}
      />

      <FieldGroup error={!!errors.message}>
        <label htmlFor={fieldIds('message').input} className="block font-bold">
          {t('messageLabel')} <span className="font-normal text-muted">{t('optional')}</span>
        </label>
        <p id={fieldIds('message').hint} className="text-muted">
          {t('messageHint')}
        </p>
        <FieldError name="message" message={errorText('message')} prefix={t('errorPrefix')} />
        <textarea
          id={fieldIds('message').input}
          name="message"
          rows={5}
          defaultValue={value('message')}
          aria-describedby={describedBy('message', true, !!errors.message)}
          aria-invalid={errors.message ? true : undefined}
          className="w-full rounded-md border-2 border-ink bg-white p-2"
        />
      </FieldGroup>

      <RadioGroup
        name="reach"
        legend={t('reachLegend')}
        suffix={t('required')}
        choices={REACHES.map((option) => ({
          value: option,
          label: tOptions(`reach.${option}`),
          hint: reachHints[option],
        }))}
        defaultValue={value('reach', initial.reach ?? 'none')}
        error={errorText('reach')}
        errorPrefix={t('errorPrefix')}
      />

      {(['phone', 'email'] as const).map((field) => (
        <FieldGroup key={field} error={!!errors[field]}>
          <label htmlFor={fieldIds(field).input} className="block font-bold">
            {field === 'phone' ? t('phoneLabel') : t('emailLabel')}
          </label>
          <p id={fieldIds(field).hint} className="text-muted">
            {field === 'phone' ? t('phoneHint') : t('emailHint')}
          </p>
          <FieldError name={field} message={errorText(field)} prefix={t('errorPrefix')} />
          <input
            id={fieldIds(field).input}
            name={field}
            type={field === 'phone' ? 'tel' : 'email'}
            dir="ltr"
            autoComplete={field === 'phone' ? 'tel' : 'email'}
            inputMode={field === 'phone' ? 'tel' : 'email'}
            defaultValue={value(field)}
            aria-describedby={describedBy(field, true, !!errors[field])}
            aria-invalid={errors[field] ? true : undefined}
            className="min-h-11 w-full max-w-sm rounded-md border-2 border-ink bg-white px-2"
          />
        </FieldGroup>
      ))}

      <FieldGroup error={!!errors.when}>
        <label htmlFor={fieldIds('when').input} className="block font-bold">
          {t('whenLabel')}
        </label>
        <p id={fieldIds('when').hint} className="text-muted">
          {t('whenHint')}
        </p>
        <FieldError name="when" message={errorText('when')} prefix={t('errorPrefix')} />
        <select
          id={fieldIds('when').input}
          name="when"
          defaultValue={value('when', 'any')}
          aria-describedby={describedBy('when', true, !!errors.when)}
          className="min-h-11 max-w-full rounded-md border-2 border-ink bg-white px-2"
        >
          {WHEN_PRESETS.map((option) => (
            <option key={option} value={option}>
              {tOptions(`when.${option}`)}
            </option>
          ))}
        </select>
      </FieldGroup>

      <FieldGroup error={!!errors.mayIdentify}>
        <div className="flex items-start gap-3">
          <input
            type="checkbox"
            id={fieldIds('mayIdentify').input}
            name="mayIdentify"
            value="yes"
            defaultChecked={value('mayIdentify') === 'yes'}
            aria-describedby={describedBy('mayIdentify', true, !!errors.mayIdentify)}
            className="mt-1 size-6 accent-brand"
          />
          <div>
            <label htmlFor={fieldIds('mayIdentify').input} className="font-bold">
              {t('mayIdentifyLabel')}
            </label>
            <p id={fieldIds('mayIdentify').hint} className="text-muted">
              {t('mayIdentifyHint')}
            </p>
          </div>
        </div>
      </FieldGroup>

      {/* Spam defences: a field people never see, the signed time the form was shown, the proof of work. */}
      <div aria-hidden="true" className="sr-only">
        <label htmlFor="contact-website">{t('honeypotLabel')}</label>
        <input
          id="contact-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <input type="hidden" name="started" value={formToken} />
      <input type="hidden" name="pow" value="" />
      {initial.wave && <input type="hidden" name="wave" value={initial.wave} />}

      <button
        type="submit"
        className="inline-flex min-h-12 items-center rounded-md bg-brand px-6 py-3 text-lg font-bold text-white hover:bg-brand-dark"
      >
        {t('submit')}
      </button>
    </form>
  );
}
