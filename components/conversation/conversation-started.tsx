'use client';

import { useEffect, useRef } from 'react';
import type messages from '@/messages/nl.json';
import { CopyKeyButton } from './copy-key-button';
import { useForgetOnRestore } from './forget-on-restore';

export interface ConversationStartedText {
  copy: (typeof messages)['ConversationStarted'];
  /** Formatted on the server: the retention in days, the helpline number. */
  retention: string;
  urgent: string;
}

/**
 * Shown in the answer to the contact form's post when the person chose to get the answer on the site: the key, once,
 * large and in groups of four, how to keep it, and what happens next. Never in a URL, and gone after Back.
 */
export function ConversationStarted({
  conversationKey,
  answerBy,
  text,
  conversationHref,
  helplineHref,
}: {
  conversationKey: string;
  answerBy: string;
  text: ConversationStartedText;
  conversationHref: string;
  helplineHref: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const t = text.copy;
  useForgetOnRestore();
  useEffect(() => {
    // With JavaScript the form is replaced in place: bring the person to the top, where the key is.
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, []);

  return (
    <div className="space-y-6" data-forget-on-restore="">
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold focus:outline-none">
        {t.title}
      </h1>
      <section
        aria-labelledby="conversation-key-label"
        className="rounded-lg border-4 border-brand bg-white p-4"
      >
        <h2 id="conversation-key-label" className="text-lg font-bold">
          {t.keyLabel}
        </h2>
        <p
          className="mt-2 font-mono text-3xl font-bold tracking-wider break-words sm:text-4xl"
          data-testid="conversation-key"
        >
          {conversationKey}
        </p>
        <p className="mt-2 font-semibold">{t.keyOnce}</p>
        <CopyKeyButton value={conversationKey} label={t.copy} copied={t.copied} />
      </section>
      <section aria-labelledby="keep-key-title" className="space-y-2">
        <h2 id="keep-key-title" className="text-xl font-bold">
          {t.keepTitle}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t.keepWrite}</li>
          <li>{t.keepSecret}</li>
          <li>{t.keepShared}</li>
        </ul>
      </section>
      <section aria-labelledby="next-title" className="space-y-2">
        <h2 id="next-title" className="text-xl font-bold">
          {t.nextTitle}
        </h2>
        <p>{t.answerBy.replace('{date}', answerBy)}</p>
        <p>{t.noNotice}</p>
        <p>{text.retention}</p>
        <p>
          <a
            href={conversationHref}
            className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 py-2 font-bold text-white no-underline hover:bg-brand-dark"
          >
            {t.open}
          </a>
        </p>
      </section>
      <p>
        <a href={helplineHref} className="font-bold">
          {text.urgent}
        </a>
      </p>
    </div>
  );
}
