import type { ReactNode } from 'react';

export interface ErrorSummaryProps {
  /** Unique on the page: the summary is labelled by its heading. */
  id: string;
  title: string;
  /** A problem with the whole form (with the helpline number), said above the field links. */
  formError?: ReactNode;
  /** One link per field with a problem, to the field itself. */
  fields: { href: string; text: string }[];
  headingLevel: 'h2' | 'h3';
}

/**
 * The GOV.UK error summary, rendered by the server in the answer to a post. It comes first in its form, so without
 * JavaScript a screen reader meets it first; the forms script moves focus to it (`data-error-summary`) on load.
 */
export function ErrorSummary({ id, title, formError, fields, headingLevel: Heading }: ErrorSummaryProps) {
  return (
    <div
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${id}-title`}
      className="rounded-md border-4 border-danger bg-white p-4 focus-visible:outline-none"
      data-testid="error-summary"
      data-error-summary=""
    >
      <Heading id={`${id}-title`} className="text-lg font-bold">
        {title}
      </Heading>
      {formError && <p className="mt-2">{formError}</p>}
      {fields.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 ps-6">
          {fields.map((field) => (
            <li key={field.href}>
              <a href={field.href} className="font-semibold text-danger">
                {field.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
