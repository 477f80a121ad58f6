// The rules a case worker's reply (and a saved template) must meet before it is sent to an anonymous person. Pure:
// used by the server action and tested on its own.
//
// Links to other sites are refused: the person reads the reply on a phone that may be shared or watched, and a link
// could lure them to a page that tracks who opens it. Links to our own site (SITE_URL's host) are fine. Detection
// errs on the side of refusing: "name.nl" without a scheme counts as a link, and so does a typo such as "ons.Je"
// (no space after a full stop); the message tells the case worker what to change.
import { cleanText, codePointLength } from '@/lib/contact/text';

export const REPLY_MAX_CODE_POINTS = 2000;

export type ReplyProblem = 'replyRequired' | 'replyTooLong' | 'replyForeignLink';
export type ReplyCheck = { ok: true; text: string } | { ok: false; problem: ReplyProblem };

// Generic top-level domains people actually meet in links; two-letter (country) domains are matched as a class.
const GENERIC_TLDS = new Set(
  (
    'com org net info biz edu gov int mil app dev io ai xyz top site online store shop club link live ' +
    'blog news click tech cloud page world life email digital media social space website today eus frl amsterdam'
  ).split(' '),
);

// Scheme URLs (https://, ftp://) and scheme-relative ones (//host at the start of a word): the host follows.
const SCHEME_URL = /(?:\b[a-z][a-z0-9+.-]*:\/\/|(?<=^|[\s'"(<])\/\/)([^\s/?#'"<>()[\]]+)/gu;
// Host names without a scheme: labels separated by dots, not part of an e-mail address or a longer word.
const BARE_HOST =
  /(?<![@\w.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59}))(?![\w-])/gu;
const IPV4 = /(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w.])/gu;
// Full stops that look the same: ideographic and full-width/half-width forms.
const DOT_LOOKALIKES = /[\u3002\uff0e\uff61]/gu;

function hostOf(authority: string): string {
  const withoutUser = authority.slice(authority.lastIndexOf('@') + 1);
  const withoutPort = withoutUser.startsWith('[') ? withoutUser : withoutUser.replace(/:\d*$/, '');
  return withoutPort.replace(/\.+$/, '');
}

function isTopLevelDomain(label: string): boolean {
  return /^[a-z]{2}$/.test(label) || label.startsWith('xn--') || GENERIC_TLDS.has(label);
}

/** The host names in `text` that are not `ownHost`, in order of appearance, each once. */
export function findForeignLinks(text: string, ownHost: string): string[] {
  const own = ownHost.toLowerCase().replace(/\.+$/, '');
  const normalized = text.normalize('NFKC').replace(DOT_LOOKALIKES, '.').toLowerCase();
  const hosts: string[] = [];
  for (const match of normalized.matchAll(SCHEME_URL)) hosts.push(hostOf(match[1] ?? ''));
  // With the scheme URLs blanked out, their hosts are not found (and judged) a second time.
  const rest = normalized.replace(SCHEME_URL, ' ');
  for (const match of rest.matchAll(BARE_HOST)) {
    const host = match[1] ?? '';
    if (host.startsWith('www.') || isTopLevelDomain(host.slice(host.lastIndexOf('.') + 1))) hosts.push(host);
  }
  for (const match of rest.matchAll(IPV4)) hosts.push(match[1] ?? '');
  return [...new Set(hosts.filter((host) => host !== '' && host !== own))];
}

/** Cleans a reply and checks it: not empty, not longer than the limit, no link to another site. */
export function checkReply(input: string, siteUrl: string): ReplyCheck {
  const text = cleanText(input);
  if (text === '') return { ok: false, problem: 'replyRequired' };
  if (codePointLength(text) > REPLY_MAX_CODE_POINTS) return { ok: false, problem: 'replyTooLong' };
  if (findForeignLinks(text, new URL(siteUrl).hostname).length > 0)
    return { ok: false, problem: 'replyForeignLink' };
  return { ok: true, text };
}
