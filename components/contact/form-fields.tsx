import type { ReactNode } from 'react';

/** Shared ids and wiring of the GOV.UK field pattern: hint and error ids chained in aria-describedby. */
export function fieldIds(name: string) {
  return { input: `contact-${name}`, hint: `contact-${name}-hint`, error: `contact-${name}-error` };
}

export function describedBy(name: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = fieldIds(name);
  const parts = [hasHint ? ids.hint : null, hasError ? ids.error : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

export function FieldError({ name, message, prefix }: { name: string; message?: string; prefix: string }) {
  if (!message) return null;
  return (
    <p id={fieldIds(name).error} className="font-bold text-danger">
      <span className="sr-only">{prefix} </span>
      {message}
    </p>
  );
}

export function FieldGroup({ error, children }: { error: boolean; children: ReactNode }) {
  return <div className={`space-y-1 ${error ? 'border-s-4 border-danger ps-3' : ''}`}>{children}</div>;
}

export interface Choice {
  value: string;
  label: string;
  /** Said under the option and read with it (aria-describedby on its radio button). */
  hint?: string;
}

export function RadioGroup(props: {
  name: string;
  legend: string;
  suffix?: string;
  choices: Choice[];
  defaultValue?: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
}) {
  const { name, legend, suffix, choices, defaultValue, hint, error, errorPrefix } = props;
  const ids = fieldIds(name);
  return (
    <FieldGroup error={!!error}>
      <fieldset aria-describedby={describedBy(name, !!hint, !!error)}>
        <legend className="font-bold">
          {legend} {suffix && <span className="font-normal text-muted">{suffix}</span>}
        </legend>
        {hint && (
          <p id={ids.hint} className="text-muted">
            {hint}
          </p>
        )}
        <FieldError name={name} message={error} prefix={errorPrefix} />
        <div className="mt-2 space-y-1">
          {choices.map((choice, index) => {
            const id = index === 0 ? ids.input : `${ids.input}-${choice.value}`;
            return (
              <div key={choice.value}>
                <label className="flex min-h-11 cursor-pointer items-center gap-3">
                  <input
                    type="radio"
                    id={id}
                    name={name}
                    value={choice.value}
                    defaultChecked={defaultValue === choice.value}
                    aria-describedby={choice.hint ? `${id}-hint` : undefined}
                    className="size-6 accent-brand"
                  />
                  {choice.label}
                </label>
                {choice.hint && (
                  <p id={`${id}-hint`} className="ps-9 text-muted">
                    {choice.hint}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FieldGroup>
  );
}
