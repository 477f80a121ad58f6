'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { StatusLookupState } from '@/app/[locale]/(site)/contact/status/actions';
import type { PublicStatus } from '@/lib/server/contact/requests';

export interface StatusLookupText {
  codeLabel: string;
  codeHint: string;
  submit: string;
  statusLabel: string;
  errorPrefix: string;
  status: Record<PublicStatus, string>;
  /** With the helpline number filled in. */
  codeRequired: string;
  notFound: string;
  rateLimited: string;
  unavailable: string;
}

const EMPTY: StatusLookupState = { ok: false, code: '', fieldErrors: {}, formError: null };

/**
 * "Check my request": posts the code (a server action, so it works without JavaScript and the code never sits in an
 * address) and shows only received / picked up / answered, or why not, always with the number to call.
 */
export function StatusLookupForm({
  action,
  text,
  helpline,
}: {
  action: (state: StatusLookupState, form: FormData) => Promise<StatusLookupState>;
  text: StatusLookupText;
  helpline: { display: string; href: string };
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY);
  const input = useRef<HTMLInputElement>(null);
  const missing = !state.ok && state.fieldErrors.code === 'codeRequired';

  useEffect(() => {
    if (missing) input.current?.focus();
  }, [state, missing]);

  return (
    <>
      <form action={formAction} noValidate className="space-y-2">
        <label htmlFor="status-code" className="block font-bold">
          {text.codeLabel}
        </label>
        <p id="status-code-hint" className="text-muted">
          {text.codeHint}
        </p>
        {missing && (
          <p id="status-code-error" className="font-bold text-danger">
            <span className="sr-only">{text.errorPrefix} </span>
            {text.codeRequired}
          </p>
        )}
        <div className="flex flex-wrap gap-3">
          <input
            ref={input}
            id="status-code"
            name="code"
            // A new key per answer: without JavaScript the field shows the code asked; with it, React resets it too.
            key={`${state.ok}:${state.code}`}
            defaultValue={state.code}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={missing ? 'status-code-hint status-code-error' : 'status-code-hint'}
            aria-invalid={missing ? true : undefined}
            className="min-h-11 w-40 rounded-md border-2 border-ink bg-white px-2 font-mono text-lg uppercase"
          />
          <button
            type="submit"
            disabled={pending}
            className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 font-bold text-white disabled:opacity-70"
          >
            {text.submit}
          </button>
        </div>
      </form>
      {/* Always present, so a screen reader announces the answer when it arrives without a page load. */}
      <div role="status" data-testid="status-answer">
        {state.ok && (
          <p className="rounded-md bg-brand-soft p-3" data-testid="request-status">
            <span className="font-bold">{text.statusLabel}:</span> {text.status[state.status]}
          </p>
        )}
        {!state.ok && state.formError && (
          <p className="rounded-md border-2 border-danger bg-white p-3">
            {text[state.formError]}{' '}
            <a href={helpline.href} className="font-bold whitespace-nowrap">
              {helpline.display}
            </a>
          </p>
        )}
      </div>
    </>
  );
}
