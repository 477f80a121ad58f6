'use client';

import { type FocusEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import type { ContactActionState } from '@/app/[locale]/(site)/contact/actions';
import type messages from '@/messages/nl.json';
import { encodeSolution, solveChallenge } from '@/lib/contact/proof-of-work-solver';
import type { PowChallenge } from '@/lib/contact/proof-of-work-types';
import {
  AUDIENCES,
  CONTACT_FIELDS,
  type ContactField,
  REACHES,
  TOPICS,
  WHEN_PRESETS,
} from '@/lib/contact/options';
import type { ContactFieldErrors } from '@/lib/contact/schema';
import { describedBy, FieldError, FieldGroup, fieldIds, RadioGroup } from './form-fields';
import { type ContactValidator, loadContactValidator } from './load-validator';

export interface ContactFormText {
  form: (typeof messages)['ContactForm'];
  options: (typeof messages)['ContactOptions'];
  /** Field errors by key, and the form-level refusals with the helpline number filled in. */
  errors: Record<string, string>;
}

export interface ContactFormProps {
  /** The server action's state and dispatcher, from `useActionState` in ContactFlow (which shows the confirmation). */
  state: ContactActionState;
  formAction: (form: FormData) => void;
  pending: boolean;
  text: ContactFormText;
  helpline: { display: string; href: string };
  initial: { audience?: string; topic?: string; wave?: string };
  formToken: string;
  challenge: PowChallenge;
}

type FailedState = Extract<ContactActionState, { ok: false }>;
export const EMPTY_CONTACT_STATE: FailedState = { ok: false, fieldErrors: {}, formError: null, values: {} };

/** The link target of an error in the summary: the field, or a group's first option. */
const anchorFor = (field: ContactField) => `#${fieldIds(field).input}`;

/**
 * The contact form. Without JavaScript it is a plain form posting to a server action; with JavaScript it validates
 * as you go with the same zod schema and solves the proof of work in the background, both from the moment the person
 * starts on the form, and keeps focus management.
 */
export function ContactForm(props: ContactFormProps) {
  const { state, formAction, pending, text, helpline, initial, formToken, challenge } = props;
  const [clientErrors, setClientErrors] = useState<ContactFieldErrors | null>(null);
  const [proof, setProof] = useState('');
  // Solving starts when the person starts on the form, not on page load: it costs a slow phone's main thread several
  // hundred milliseconds that the first screen (and Lighthouse's blocking time) should not pay for. Filling in takes
  // longer than solving; a post without a solution is still accepted while the hour is not busy.
  const [started, setStarted] = useState(false);
  const validator = useRef<ContactValidator | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const t = text.form;

  useEffect(() => {
    if (!started) return;
    const controller = new AbortController();
    void solveChallenge(challenge, { signal: controller.signal }).then((number) => {
      if (number !== null) setProof(encodeSolution(challenge, number));
    });
    return () => controller.abort();
  }, [challenge, started]);

  const serverState: FailedState = state.ok ? EMPTY_CONTACT_STATE : state;
  const errors: ContactFieldErrors = clientErrors ?? serverState.fieldErrors;
  const formError = clientErrors ? null : serverState.formError;
  const values = serverState.values;
  const errorFields = CONTACT_FIELDS.filter((field) => errors[field]);
  const hasProblem = errorFields.length > 0 || (formError !== null && formError !== 'invalid');

  useEffect(() => {
    if (hasProblem) summary.current?.focus();
  }, [state, hasProblem]);

  function start() {
    setStarted(true);
    void loadContactValidator().then((loaded) => {
      validator.current = loaded;
    });
  }

  const errorsIn = (parse: ContactValidator, form: HTMLFormElement): ContactFieldErrors => {
    const result = parse(new FormData(form));
    return result.ok ? {} : result.fieldErrors;
  };

  function onBlur(event: FocusEvent<HTMLFormElement>) {
    const name = event.target.getAttribute('name') ?? '';
    if (!(CONTACT_FIELDS as readonly string[]).includes(name)) return;
    const form = event.currentTarget;
    const field = name as ContactField;
    void loadContactValidator().then((parse) => {
      const found = errorsIn(parse, form)[field];
      setClientErrors((previous) => {
        const next: ContactFieldErrors = { ...(previous ?? serverState.fieldErrors) };
        if (found) next[field] = found;
        else delete next[field];
        return next;
      });
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Not loaded yet (submitted without touching a field): the server validates and answers as without JavaScript.
    if (!validator.current) return;
    const found = errorsIn(validator.current, event.currentTarget);
    if (Object.keys(found).length > 0) {
      event.preventDefault();
      setClientErrors(found);
      requestAnimationFrame(() => summary.current?.focus());
    } else {
      setClientErrors(null);
    }
  }

  const errorText = (field: ContactField) => {
    const key = errors[field];
    return key ? text.errors[key] : undefined;
  };
  const value = (name: string, fallback?: string) => values[name] ?? fallback;

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      onBlur={onBlur}
      onFocus={start}
      noValidate
      className="space-y-6"
    >
      {hasProblem && (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby="contact-error-summary-title"
          className="rounded-md border-4 border-danger bg-white p-4 focus-visible:outline-none"
          data-testid="error-summary"
        >
          <h3 id="contact-error-summary-title" className="text-lg font-bold">
            {t.errorSummaryTitle}
          </h3>
          {formError && formError !== 'invalid' && (
            <p className="mt-2">
              {text.errors[formError]}{' '}
              <a href={helpline.href} className="font-bold whitespace-nowrap">
                {helpline.display}
              </a>
            </p>
          )}
          {errorFields.length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {errorFields.map((field) => (
                <li key={field}>
                  <a href={anchorFor(field)} className="font-semibold text-danger">
                    {errorText(field)}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <RadioGroup
        name="audience"
        legend={t.audienceLegend}
        suffix={t.required}
        choices={AUDIENCES.map((option) => ({ value: option, label: text.options.audience[option] }))}
        defaultValue={value('audience', initial.audience)}
        error={errorText('audience')}
        errorPrefix={t.errorPrefix}
      />
      <RadioGroup
        name="topic"
        legend={t.topicLegend}
        suffix={t.required}
        choices={TOPICS.map((option) => ({ value: option, label: text.options.topic[option] }))}
        defaultValue={value('topic', initial.topic)}
        error={errorText('topic')}
        errorPrefix={t.errorPrefix}
      />

      <FieldGroup error={!!errors.message}>
        <label htmlFor={fieldIds('message').input} className="block font-bold">
          {t.messageLabel} <span className="font-normal text-muted">{t.optional}</span>
        </label>
        <p id={fieldIds('message').hint} className="text-muted">
          {t.messageHint}
        </p>
        <FieldError name="message" message={errorText('message')} prefix={t.errorPrefix} />
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
        legend={t.reachLegend}
        suffix={t.required}
        choices={REACHES.map((option) => ({ value: option, label: text.options.reach[option] }))}
        defaultValue={value('reach', 'none')}
        error={errorText('reach')}
        errorPrefix={t.errorPrefix}
      />

      {(['phone', 'email'] as const).map((field) => (
        <FieldGroup key={field} error={!!errors[field]}>
          <label htmlFor={fieldIds(field).input} className="block font-bold">
            {field === 'phone' ? t.phoneLabel : t.emailLabel}
          </label>
          <p id={fieldIds(field).hint} className="text-muted">
            {field === 'phone' ? t.phoneHint : t.emailHint}
          </p>
          <FieldError name={field} message={errorText(field)} prefix={t.errorPrefix} />
          <input
            id={fieldIds(field).input}
            name={field}
            type={field === 'phone' ? 'tel' : 'email'}
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
          {t.whenLabel}
        </label>
        <p id={fieldIds('when').hint} className="text-muted">
          {t.whenHint}
        </p>
        <FieldError name="when" message={errorText('when')} prefix={t.errorPrefix} />
        <select
          id={fieldIds('when').input}
          name="when"
          defaultValue={value('when', 'any')}
          aria-describedby={describedBy('when', true, !!errors.when)}
          className="min-h-11 rounded-md border-2 border-ink bg-white px-2"
        >
          {WHEN_PRESETS.map((option) => (
            <option key={option} value={option}>
              {text.options.when[option]}
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
              {t.mayIdentifyLabel}
            </label>
            <p id={fieldIds('mayIdentify').hint} className="text-muted">
              {t.mayIdentifyHint}
            </p>
          </div>
        </div>
      </FieldGroup>

      {/* Spam defences: a field people never see, the signed time the form was shown, the proof of work. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="contact-website">{t.honeypotLabel}</label>
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
      <input type="hidden" name="pow" value={proof} />
      {initial.wave && <input type="hidden" name="wave" value={initial.wave} />}

      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-12 items-center rounded-md bg-brand px-6 py-3 text-lg font-bold text-white hover:bg-brand-dark disabled:opacity-70"
      >
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
