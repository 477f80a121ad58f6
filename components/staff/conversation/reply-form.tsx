'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { FormState } from '@/lib/staff/form-state';

interface Choice {
  value: string;
  label: string;
}

export interface ReplyFormStrings {
  errorSummaryTitle: string;
  errorPrefix: string;
  errors: Record<string, string>;
  sent: string;
  labelLegend: string;
  labelHint: string;
  outcomeLegend: string;
  bodyLabel: string;
  bodyHint: string;
  templateLabel: string;
  templateHint: string;
  templateChoose: string;
  templateUse: string;
  send: string;
}

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const inputClass =
  'block w-full max-w-2xl rounded-none border-2 border-ink bg-white px-2 py-2 text-base text-ink';
const secondaryButton = 'min-h-11 rounded-md border-2 border-ink bg-white px-4 py-2 font-bold text-ink';

/**
 * The reply box of a conversation, in the GOV.UK pattern of the other staff forms (hint and error ids in
 * aria-describedby, hidden "Error:" prefix, an error summary that takes focus). The "use" button posts the same form
 * so the server inserts the chosen saved answer: that works without JavaScript, and keeps what was typed.
 */
export function ReplyForm({
  action,
  hidden,
  labelChoices,
  outcomeChoices,
  templates,
  defaultLabelKind,
  strings,
}: {
  action: Action;
  hidden: Record<string, string>;
  labelChoices: Choice[];
  outcomeChoices: Choice[];
  templates: Choice[];
  defaultLabelKind: string;
  strings: ReplyFormStrings;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const summary = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  const formErrorKey = state && !state.ok ? state.formError : null;
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const hasErrors = formErrorKey !== null || Object.keys(fieldErrors).length > 0;
  const message = (key: string) => strings.errors[key] ?? strings.errors.unknown ?? key;

  useEffect(() => {
    if (hasErrors) summary.current?.focus();
    else if (state && !state.ok && values.body !== undefined) body.current?.focus();
    // A sent reply empties the box (with JavaScript the form stays on the page).
    if (state?.ok && body.current) body.current.value = '';
  }, [state, hasErrors, values.body]);

  const describedBy = (name: string, hint: boolean) =>
    [hint ? `reply-${name}-hint` : '', fieldErrors[name] ? `reply-${name}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const errorLine = (name: string) =>
    fieldErrors[name] ? (
      <p id={`reply-${name}-error`} className="m-0 font-bold text-danger">
        <span className="sr-only">{strings.errorPrefix}</span> {message(fieldErrors[name])}
      </p>
    ) : null;
  const groupClass = (name: string) =>
    `flex flex-col gap-1 ${fieldErrors[name] ? 'border-l-4 border-danger pl-3' : ''}`;
  const checkedLabel = values.labelKind || defaultLabelKind;
  const checkedOutcome = values.outcome || outcomeChoices[0]?.value;

  return (
    <form action={formAction} noValidate className="flex flex-col gap-4" id="reply">
      {hasErrors ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby="reply-error-summary-title"
          className="border-4 border-danger p-4"
        >
          <h3 id="reply-error-summary-title" className="m-0 text-lg font-bold">
            {strings.errorSummaryTitle}
          </h3>
          <ul className="m-0 mt-2 list-none p-0">
            {formErrorKey ? <li className="font-bold text-danger">{message(formErrorKey)}</li> : null}
            {['template', 'body', 'labelKind', 'outcome']
              .filter((name) => fieldErrors[name])
              .map((name) => (
                <li key={name}>
                  <a href={`#reply-${name}`} className="font-bold text-danger">
                    {message(fieldErrors[name] ?? 'unknown')}
                  </a>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      {state?.ok ? (
        <p role="status" className="m-0 border-l-4 border-brand bg-brand-soft p-3 font-semibold">
          {strings.sent}
        </p>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {templates.length > 0 ? (
        <div className={groupClass('template')}>
          <label htmlFor="reply-template" className="font-bold">
            {strings.templateLabel}
          </label>
          <p id="reply-template-hint" className="m-0 text-muted">
            {strings.templateHint}
          </p>
          {errorLine('template')}
          <div className="flex flex-wrap items-center gap-2">
            <select
              id="reply-template"
              name="template"
              defaultValue=""
              aria-describedby={describedBy('template', true)}
              aria-invalid={fieldErrors.template ? true : undefined}
              className={`${inputClass} min-h-11 max-w-md`}
            >
              <option value="">{strings.templateChoose}</option>
              {templates.map((template) => (
                <option key={template.value} value={template.value}>
                  {template.label}
                </option>
              ))}
            </select>
            <button
              type="submit"
              name="intent"
              value="template"
              disabled={pending}
              className={secondaryButton}
            >
              {strings.templateUse}
            </button>
          </div>
        </div>
      ) : null}
      <div className={groupClass('body')}>
        <label htmlFor="reply-body" className="font-bold">
          {strings.bodyLabel}
        </label>
        <p id="reply-body-hint" className="m-0 text-muted">
          {strings.bodyHint}
        </p>
        {errorLine('body')}
        <textarea
          // A new value from the server (an inserted template) replaces the box's content.
          key={values.body ?? ''}
          ref={body}
          id="reply-body"
          name="body"
          rows={6}
          defaultValue={values.body ?? ''}
          aria-describedby={describedBy('body', true)}
          aria-invalid={fieldErrors.body ? true : undefined}
          className={inputClass}
        />
      </div>
      <fieldset className={groupClass('labelKind')} aria-describedby={describedBy('labelKind', true)}>
        <legend className="font-bold">{strings.labelLegend}</legend>
        <p id="reply-labelKind-hint" className="m-0 text-muted">
          {strings.labelHint}
        </p>
        {errorLine('labelKind')}
        {labelChoices.map((choice, index) => (
          <div key={choice.value} className="flex items-center gap-2">
            <input
              type="radio"
              id={index === 0 ? 'reply-labelKind' : `reply-labelKind-${choice.value}`}
              name="labelKind"
              value={choice.value}
              defaultChecked={choice.value === checkedLabel}
              className="size-6"
            />
            <label htmlFor={index === 0 ? 'reply-labelKind' : `reply-labelKind-${choice.value}`}>
              {choice.label}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className={groupClass('outcome')} aria-describedby={describedBy('outcome', false)}>
        <legend className="font-bold">{strings.outcomeLegend}</legend>
        {errorLine('outcome')}
        {outcomeChoices.map((choice, index) => (
          <div key={choice.value} className="flex items-center gap-2">
            <input
              type="radio"
              id={index === 0 ? 'reply-outcome' : `reply-outcome-${choice.value}`}
              name="outcome"
              value={choice.value}
              defaultChecked={choice.value === checkedOutcome}
              className="size-6"
            />
            <label htmlFor={index === 0 ? 'reply-outcome' : `reply-outcome-${choice.value}`}>
              {choice.label}
            </label>
          </div>
        ))}
      </fieldset>
      <div>
        <button
          type="submit"
          name="intent"
          value="send"
          disabled={pending}
          className="min-h-11 rounded-md border-2 border-brand bg-brand px-4 py-2 font-bold text-white"
        >
          {strings.send}
        </button>
      </div>
    </form>
  );
}
