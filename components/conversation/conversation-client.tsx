'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import type { ConversationActionState, ShownConversation } from '@/app/[locale]/(site)/conversation/actions';
import type { PowChallenge } from '@/lib/contact/proof-of-work-types';
import type { ConversationFieldErrors } from '@/lib/conversations/person-form';
import type messages from '@/messages/nl.json';
import { useForgetOnRestore } from './forget-on-restore';
import { useProofOfWork } from './use-proof-of-work';

export interface ConversationText {
  copy: (typeof messages)['ConversationPage'];
  /** Every field and form error by key, formatted on the server (helpline number, retention days). */
  errors: Record<string, string>;
}

export interface ConversationClientProps {
  action: (state: ConversationActionState, form: FormData) => Promise<ConversationActionState>;
  text: ConversationText;
  challenge: PowChallenge;
  helpline: { display: string; href: string };
  contactHref: string;
}

const INITIAL: ConversationActionState = {
  ok: false,
  fieldErrors: {},
  formError: null,
  retryTime: null,
  shown: null,
  values: {},
  challenge: null,
};

const IDS = {
  key: 'conversation-key',
  message: 'conversation-message',
} as const;

/** The hidden fields every post after opening carries: what to do, the key (never in the URL), the proof. */
function Hidden({
  intent,
  conversationKey,
  proof,
}: {
  intent: string;
  conversationKey: string;
  proof: string;
}) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="key" value={conversationKey} />
      <input type="hidden" name="pow" value={proof} />
    </>
  );
}

/**
 * The conversation page: the key form, then the conversation with a box to write again and a way to delete it.
 * Without JavaScript each form is a plain post and the answer is rendered from the action's state; with JavaScript
 * the same action runs in place, the proof of work is solved in the background and focus is managed.
 */
export function ConversationClient({
  action,
  text,
  challenge,
  helpline,
  contactHref,
}: ConversationClientProps) {
  const [state, formAction, pending] = useActionState<ConversationActionState, FormData>(action, INITIAL);
  const [started, setStarted] = useState(false);
  const proof = useProofOfWork(state.challenge ?? challenge, started);
  const summary = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const t = text.copy;
  useForgetOnRestore();

  const failure = state.ok ? null : state;
  const fieldErrors: ConversationFieldErrors = failure?.fieldErrors ?? {};
  const formError = failure?.formError ?? null;
  const errorFields = (['key', 'message'] as const).filter((field) => fieldErrors[field]);
  const hasProblem = formError !== null || errorFields.length > 0;

  useEffect(() => {
    if (state === INITIAL) return;
    (hasProblem ? summary.current : heading.current)?.focus();
  }, [state, hasProblem]);

  const formErrorText = formError
    ? (text.errors[formError] ?? '').replace('{time}', failure?.retryTime ?? '')
    : '';
  const errorSummary = hasProblem && (
    <div
      ref={summary}
      tabIndex={-1}
      role="alert"
      aria-labelledby="conversation-error-summary-title"
      className="rounded-md border-4 border-danger bg-white p-4 focus-visible:outline-none"
      data-testid="error-summary"
    >
      <h2 id="conversation-error-summary-title" className="text-lg font-bold">
        {t.errorSummaryTitle}
      </h2>
      {formError && (
        <p className="mt-2">
          {formErrorText}{' '}
          <a href={helpline.href} className="font-bold whitespace-nowrap">
            {helpline.display}
          </a>
        </p>
      )}
      {errorFields.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {errorFields.map((field) => (
            <li key={field}>
              <a href={`#${IDS[field]}`} className="font-semibold text-danger">
                {text.errors[fieldErrors[field] ?? '']}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  const fieldError = (field: 'key' | 'message') =>
    fieldErrors[field] ? (
      <p id={`${IDS[field]}-error`} className="font-bold text-danger">
        <span className="sr-only">{t.errorPrefix} </span>
        {text.errors[fieldErrors[field] ?? '']}
      </p>
    ) : null;
  const describedBy = (field: 'key' | 'message') =>
    [`${IDS[field]}-hint`, fieldErrors[field] ? `${IDS[field]}-error` : null].filter(Boolean).join(' ');

  const sharedPhone = <p className="rounded-md bg-brand-soft p-3">{t.sharedPhone}</p>;

  if (state.ok && state.notice === 'deleted') {
    return (
      <div className="space-y-4" onFocus={() => setStarted(true)}>
        <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold focus:outline-none">
          {t.deletedTitle}
        </h1>
        <p role="status" data-testid="conversation-deleted">
          {t.deleted}
        </p>
        <p>
          <a href={contactHref} className="inline-flex min-h-11 items-center font-semibold">
            {t.noKey}
          </a>
        </p>
      </div>
    );
  }

  const shown: ShownConversation | null = state.shown;
  if (shown) {
    return (
      <div className="space-y-6" data-forget-on-restore="" onFocus={() => setStarted(true)}>
        <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold focus:outline-none">
          {t.title}
        </h1>
        {errorSummary}
        {state.ok && state.notice === 'sent' && (
          <p role="status" className="rounded-md border-l-4 border-brand bg-white p-3 font-semibold">
            {t.sent}
          </p>
        )}
        {shown.newAnswer && (
          <p className="rounded-md border-l-4 border-brand bg-white p-3 font-semibold">{t.newAnswer}</p>
        )}
        <section aria-labelledby="messages-title" className="space-y-3">
          <h2 id="messages-title" className="text-xl font-bold">
            {t.messagesTitle}
          </h2>
          <ol className="space-y-3" data-testid="conversation-messages">
            {shown.messages.map((entry, index) => (
              <li
                key={index}
                data-author={entry.author}
                className={`rounded-lg p-3 shadow-sm ${entry.author === 'team' ? 'border-l-4 border-brand bg-white' : 'bg-brand-soft'}`}
              >
                <p className="font-bold">
                  {entry.author === 'person' ? t.you : entry.label || t.teamFallback}
                  <span className="font-normal text-muted"> · {entry.day}</span>
                </p>
                <p className="mt-1 whitespace-pre-wrap">{entry.body}</p>
              </li>
            ))}
          </ol>
        </section>
        {shown.answerBy && <p>{t.waiting.replace('{date}', shown.answerBy)}</p>}
        <p>{t.noNotice}</p>
        <p>{t.deleteOn.replace('{date}', shown.deleteOn)}</p>

        <section aria-labelledby="write-title" className="space-y-3">
          <h2 id="write-title" className="text-xl font-bold">
            {t.writeTitle}
          </h2>
          <form action={formAction} noValidate className="space-y-3">
            <div className={`space-y-1 ${fieldErrors.message ? 'border-l-4 border-danger pl-3' : ''}`}>
              <label htmlFor={IDS.message} className="block font-bold">
                {t.messageLabel}
              </label>
              <p id={`${IDS.message}-hint`} className="text-muted">
                {t.messageHint}
              </p>
              {fieldError('message')}
              <textarea
                id={IDS.message}
                name="message"
                rows={5}
                defaultValue={failure?.values.message ?? ''}
                aria-describedby={describedBy('message')}
                aria-invalid={fieldErrors.message ? true : undefined}
                className="w-full rounded-md border-2 border-ink bg-white p-2"
              />
            </div>
            <Hidden intent="write" conversationKey={shown.key} proof={proof} />
            <button
              type="submit"
              disabled={pending}
              className="inline-flex min-h-12 items-center rounded-md bg-brand px-6 py-3 text-lg font-bold text-white hover:bg-brand-dark disabled:opacity-70"
            >
              {pending ? t.sending : t.send}
            </button>
          </form>
        </section>

        <details className="rounded-lg border-2 border-danger bg-white p-3">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-bold text-danger">
            {t.deleteSummary}
          </summary>
          <p className="mt-2">{t.deleteWarning}</p>
          <form action={formAction} className="mt-3">
            <Hidden intent="delete" conversationKey={shown.key} proof={proof} />
            <button
              type="submit"
              disabled={pending}
              className="inline-flex min-h-11 items-center rounded-md bg-danger px-4 py-2 font-bold text-white disabled:opacity-70"
            >
              {t.deleteButton}
            </button>
          </form>
        </details>
        {sharedPhone}
      </div>
    );
  }

  return (
    <div className="space-y-6" onFocus={() => setStarted(true)}>
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold focus:outline-none">
        {t.title}
      </h1>
      <p className="text-lg">{t.intro}</p>
      {errorSummary}
      <form action={formAction} noValidate className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
        <div className={`space-y-1 ${fieldErrors.key ? 'border-l-4 border-danger pl-3' : ''}`}>
          <label htmlFor={IDS.key} className="block font-bold">
            {t.keyLabel}
          </label>
          <p id={`${IDS.key}-hint`} className="text-muted">
            {t.keyHint}
          </p>
          {fieldError('key')}
          <input
            id={IDS.key}
            name="key"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            maxLength={64}
            defaultValue={failure?.values.key ?? ''}
            aria-describedby={describedBy('key')}
            aria-invalid={fieldErrors.key ? true : undefined}
            className="min-h-11 w-full max-w-sm rounded-md border-2 border-ink bg-white px-2 font-mono text-xl tracking-wider"
          />
        </div>
        <input type="hidden" name="intent" value="open" />
        <input type="hidden" name="pow" value={proof} />
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-12 items-center rounded-md bg-brand px-6 py-3 text-lg font-bold text-white hover:bg-brand-dark disabled:opacity-70"
        >
          {pending ? t.opening : t.open}
        </button>
      </form>
      <p>
        <a href={contactHref} className="inline-flex min-h-11 items-center font-semibold">
          {t.noKey}
        </a>
      </p>
      {sharedPhone}
    </div>
  );
}
