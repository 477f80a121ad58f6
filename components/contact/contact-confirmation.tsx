'use client';

import { type ReactNode, useEffect, useRef } from 'react';

export interface ContactConfirmationProps {
  code: string;
  title: string;
  codeLabel: string;
  keep: string;
  /** What happens next, the number for anything urgent and the link to the status page, rendered on the server. */
  details: ReactNode;
}

/** After sending: the reference code to quote, what happens next, and the number for anything urgent. */
export function ContactConfirmation({ code, title, codeLabel, keep, details }: ContactConfirmationProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // With JavaScript the page does not reload: move focus, so a screen reader says the message was sent.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="space-y-4">
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold focus:outline-none">
        {title}
      </h1>
      <div className="rounded-lg border-l-4 border-brand bg-white p-4 shadow-sm">
        <p className="font-semibold">{codeLabel}</p>
        <p className="font-mono text-3xl font-bold tracking-widest" data-testid="reference-code">
          {code}
        </p>
        <p className="mt-2">{keep}</p>
      </div>
      {details}
    </div>
  );
}
