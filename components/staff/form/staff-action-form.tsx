'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { FormState } from '@/lib/staff/form-state';

interface Option {
  value: string;
  label: string;
}

interface BaseField {
  name: string;
  label: string;
  hint?: string;
}

export type FieldSpec =
  | (BaseField & {
      kind: 'text' | 'email' | 'password' | 'textarea';
      autoComplete?: string;
      inputMode?: 'numeric' | 'email' | 'text';
      defaultValue?: string;
      /** Passwords and codes are never shown again after a failed submit. */
      secret?: boolean;
    })
  | (BaseField & { kind: 'select'; options: Option[]; defaultValue?: string })
  | (BaseField & { kind: 'checkboxes'; options: Option[]; defaultValues?: string[] })
  | (BaseField & { kind: 'checkbox'; defaultChecked?: boolean });

export interface FormStrings {
  errorSummaryTitle: string;
  errorPrefix: string;
  /** Message per error key; `unknown` is the fallback. */
  errors: Record<string, string>;
  success?: string;
  /** Shown above a value the action returns for this person only, once (`FormState.reveal`). */
  revealLabel?: string;
}

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const inputClass =
  'block w-full max-w-xl rounded-none border-2 border-ink bg-white px-2 py-2 text-base text-ink';

/**
 * A staff form in the GOV.UK pattern: label, hint and error ids chained in aria-describedby, a hidden "Error:"
 * prefix, and an error summary that takes focus and links to each field. Posts to a server action, so it works
 * without JavaScript too.
 */
export function StaffActionForm({
  id,
  action,
  fields,
  hidden = {},
  submitLabel,
  strings,
  variant = 'primary',
}: {
  id: string;
  action: Action;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  strings: FormStrings;
  variant?: 'primary' | 'secondary' | 'warning';
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const summary = useRef<HTMLDivElement>(null);
  const message = (key: string) => strings.errors[key] ?? strings.errors.unknown ?? key;
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  const formErrorKey = state && !state.ok ? state.formError : null;
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const hasErrors = formErrorKey !== null || Object.keys(fieldErrors).length > 0;

  useEffect(() => {
    if (hasErrors) summary.current?.focus();
  }, [state, hasErrors]);

  const fieldId = (name: string) => `${id}-${name}`;
  const describedBy = (name: string, hint?: string) =>
    [hint ? `${fieldId(name)}-hint` : '', fieldErrors[name] ? `${fieldId(name)}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;

  const errorLine = (name: string) =>
    fieldErrors[name] ? (
      <p id={`${fieldId(name)}-error`} className="m-0 font-bold text-danger">
        <span className="sr-only">{strings.errorPrefix}</span> {message(fieldErrors[name])}
      </p>
    ) : null;
  const hintLine = (name: string, hint?: string) =>
    hint ? (
      <p id={`${fieldId(name)}-hint`} className="m-0 text-muted">
        {hint}
      </p>
    ) : null;

  const buttonClass =
    variant === 'primary'
      ? 'bg-brand text-white border-brand'
      : variant === 'warning'
        ? 'bg-danger text-white border-danger'
        : 'bg-white text-ink border-ink';

  return (
    <form action={formAction} noValidate className="flex flex-col gap-4" id={id}>
      {hasErrors ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby={`${id}-error-summary-title`}
          className="border-4 border-danger p-4"
        >
          <h2 id={`${id}-error-summary-title`} className="m-0 text-lg font-bold">
            {strings.errorSummaryTitle}
          </h2>
          <ul className="m-0 mt-2 list-none p-0">
            {formErrorKey ? <li className="font-bold text-danger">{message(formErrorKey)}</li> : null}
            {fields
              .filter((field) => fieldErrors[field.name])
              .map((field) => (
                <li key={field.name}>
                  <a
                    href={`#${field.kind === 'checkboxes' ? `${fieldId(field.name)}-0` : fieldId(field.name)}`}
                    className="font-bold text-danger"
                  >
                    {message(fieldErrors[field.name] ?? 'unknown')}
                  </a>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      {state?.ok && state.reveal ? (
        <div role="status" className="m-0 border-l-4 border-brand bg-brand-soft p-3">
          <p className="m-0 font-semibold">{strings.revealLabel ?? strings.success}</p>
          <p className="m-0 mt-2 break-all">
            <code data-testid={`${id}-revealed`}>{state.reveal}</code>
          </p>
        </div>
      ) : state?.ok && strings.success ? (
        <p role="status" className="m-0 border-l-4 border-brand bg-brand-soft p-3 font-semibold">
          {strings.success}
        </p>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const invalid = fieldErrors[field.name] ? true : undefined;
        const groupClass = `flex flex-col gap-1 ${invalid ? 'border-l-4 border-danger pl-3' : ''}`;
        if (field.kind === 'checkboxes') {
          return (
            <fieldset
              key={field.name}
              className={groupClass}
              aria-describedby={describedBy(field.name, field.hint)}
            >
              <legend className="font-bold">{field.label}</legend>
              {hintLine(field.name, field.hint)}
              {errorLine(field.name)}
              {field.options.map((option, index) => (
                <div key={option.value} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    id={`${fieldId(field.name)}-${index}`}
                    name={field.name}
                    value={option.value}
                    defaultChecked={
                      values[field.name] !== undefined
                        ? values[field.name]?.split(',').includes(option.value)
                        : field.defaultValues?.includes(option.value)
                    }
                    className="size-6"
                  />
                  <label htmlFor={`${fieldId(field.name)}-${index}`}>{option.label}</label>
                </div>
              ))}
            </fieldset>
          );
        }
        if (field.kind === 'checkbox') {
          return (
            <div key={field.name} className={groupClass}>
              {errorLine(field.name)}
              <div className="flex items-center gap-2">
                <input
                  type="checkbox"
                  id={fieldId(field.name)}
                  name={field.name}
                  value="true"
                  defaultChecked={
                    values[field.name] !== undefined ? values[field.name] === 'true' : field.defaultChecked
                  }
                  aria-describedby={describedBy(field.name, field.hint)}
                  className="size-6"
                />
                <label htmlFor={fieldId(field.name)}>{field.label}</label>
              </div>
              {hintLine(field.name, field.hint)}
            </div>
          );
        }
        return (
          <div key={field.name} className={groupClass}>
            <label htmlFor={fieldId(field.name)} className="font-bold">
              {field.label}
            </label>
            {hintLine(field.name, field.hint)}
            {errorLine(field.name)}
            {field.kind === 'select' ? (
              <select
                id={fieldId(field.name)}
                name={field.name}
                defaultValue={values[field.name] ?? field.defaultValue}
                aria-describedby={describedBy(field.name, field.hint)}
                aria-invalid={invalid}
                className={`${inputClass} min-h-11`}
              >
                {field.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : field.kind === 'textarea' ? (
              <textarea
                id={fieldId(field.name)}
                name={field.name}
                rows={4}
                defaultValue={values[field.name] ?? field.defaultValue}
                aria-describedby={describedBy(field.name, field.hint)}
                aria-invalid={invalid}
                className={inputClass}
              />
            ) : (
              <input
                id={fieldId(field.name)}
                name={field.name}
                type={field.kind}
                autoComplete={field.autoComplete}
                inputMode={field.inputMode}
                spellCheck={false}
                defaultValue={field.secret ? undefined : (values[field.name] ?? field.defaultValue)}
                aria-describedby={describedBy(field.name, field.hint)}
                aria-invalid={invalid}
                className={`${inputClass} min-h-11`}
              />
            )}
          </div>
        );
      })}
      <div>
        <button
          type="submit"
          disabled={pending}
          className={`min-h-11 rounded-md border-2 px-4 py-2 font-bold ${buttonClass}`}
        >
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
