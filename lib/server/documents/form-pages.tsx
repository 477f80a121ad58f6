import 'server-only';
import type { ReactElement } from 'react';
import { ContactPage } from '@/components/site/pages/contact-page';
import { ContactStatusPage } from '@/components/site/pages/contact-status-page';
import { ConversationPage } from '@/components/site/pages/conversation-page';
import { issueFormToken } from '@/lib/contact/form-timing';
import { AUDIENCES, REACHES, TOPICS } from '@/lib/contact/options';
import { createChallenge } from '@/lib/contact/proof-of-work';
import type { VisitorPathname } from '@/lib/documents/match';
import type { VisitorLocale } from '@/lib/i18n/locales';
import { getConfig } from '@/lib/server/config';
import { powSecret } from '@/lib/server/contact/abuse';
import { findReplyPromise } from '@/lib/server/conversations/promise';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { routeForRequest } from '@/lib/server/helplines/route-for-request';
import { submitContact } from '@/lib/server/visitor-forms/contact';
import { lookUpStatus } from '@/lib/server/visitor-forms/contact-status';
import { conversationAction } from '@/lib/server/visitor-forms/conversation';
import { findWaveByCode } from '@/lib/server/waves/wave-directory';

export interface FormRequest {
  locale: VisitorLocale;
  query: URLSearchParams;
  headers: Headers;
  /** The posted form, or null for a GET. */
  form: FormData | null;
}

/**
 * A page with a form: rendered for each request and never cached, since it carries a form token and a proof of work
 * challenge, and the answer to a post holds what the person wrote, a reference code or a conversation key.
 */
export type FormPageLoader = (request: FormRequest) => Promise<ReactElement>;

const pick = <T extends string>(allowed: readonly T[], value: unknown): T | undefined =>
  allowed.find((option) => option === value);

const contact: FormPageLoader = async ({ locale, query, headers, form }) => {
  const audience = pick(AUDIENCES, query.get('audience'));
  const topic = pick(TOPICS, query.get('topic'));
  // `?reach=conversation` from the landing page's "write to us anonymously" preselects that way to be reached.
  const reach = pick(REACHES, query.get('reach'));
  const waveParam = query.get('w');
  const [answer, wave] = await Promise.all([
    form ? submitContact(locale, form, headers) : Promise.resolve(null),
    waveParam ? findWaveByCode(waveParam) : Promise.resolve(null),
  ]);
  const now = new Date();
  const [channels, replyWithinDays] = await Promise.all([
    routeForRequest({ audience: audience ?? 'recipient', topic, locale }),
    findReplyPromise({ audience, topic }),
  ]);
  return (
    <ContactPage
      locale={locale}
      helpline={getPrimaryHelpline()}
      channels={channels}
      chosen={{ audience, topic, reach }}
      waveCode={wave?.linkCode ?? null}
      answer={answer}
      formToken={issueFormToken(getConfig().APP_SECRET, now)}
      challenge={createChallenge({ secret: powSecret(), now })}
      replyWithinDays={replyWithinDays}
      retentionDays={getConfig().CONVERSATION_RETENTION_DAYS}
    />
  );
};

const contactStatus: FormPageLoader = async ({ locale, headers, form }) => {
  const answer = form ? await lookUpStatus(form, headers) : null;
  return <ContactStatusPage locale={locale} helpline={getPrimaryHelpline()} answer={answer} />;
};

const conversation: FormPageLoader = async ({ locale, headers, form }) => {
  const answer = form ? await conversationAction(locale, form, headers) : null;
  const challenge = answer?.challenge ?? createChallenge({ secret: powSecret(), now: new Date() });
  return (
    <ConversationPage
      locale={locale}
      helpline={getPrimaryHelpline()}
      answer={answer}
      challenge={challenge}
      retentionDays={getConfig().CONVERSATION_RETENTION_DAYS}
    />
  );
};

/** The visitor pages with a form: GET shows it, a post to the same address is handled and answered with the page. */
export const FORM_PAGES: Partial<Record<VisitorPathname, FormPageLoader>> = {
  '/contact': contact,
  '/contact/status': contactStatus,
  '/conversation': conversation,
};
