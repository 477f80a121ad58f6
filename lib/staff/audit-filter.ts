import { isValidLocalDate } from '@/lib/routing/amsterdam-time';
import type { LocalDate } from '@/lib/routing/types';

/**
 * The actor of a failed sign-in with an e-mail address no account has: the typed address itself is never written
 * (it may be a person's private address, or a password typed into the wrong field).
 */
export const UNKNOWN_ACCOUNT = 'unknown-account';

/** What the audit page filters on, read from its GET form (so it works without JavaScript and can be bookmarked). */
export interface AuditFilter {
  actorId?: string;
  action?: string;
  /** Amsterdam calendar days, both inclusive. */
  from?: LocalDate;
  to?: LocalDate;
}

export type AuditQueryError = 'actorInvalid' | 'actionInvalid' | 'dateInvalid' | 'rangeReversed';

export interface AuditQuery {
  filter: AuditFilter;
  page: number;
  /** Field name → message key, for values that could not be used (they are left out of the filter). */
  errors: Record<string, AuditQueryError>;
}

type SearchParams = Record<string, string | string[] | undefined>;

const ACTOR = /^[A-Za-z0-9_-]{1,64}$/;
const ACTION = /^[a-z][a-z_.]{0,63}$/;
const MAX_PAGE = 100_000;

const single = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

/** Reads the audit page's query string. Empty fields mean "any"; a bad value is reported and left out. */
export function parseAuditQuery(params: SearchParams): AuditQuery {
  const filter: AuditFilter = {};
  const errors: Record<string, AuditQueryError> = {};
  const actor = single(params.actor);
  if (actor) {
    if (ACTOR.test(actor)) filter.actorId = actor;
    else errors.actor = 'actorInvalid';
  }
  const action = single(params.action);
  if (action) {
    if (ACTION.test(action)) filter.action = action;
    else errors.action = 'actionInvalid';
  }
  for (const field of ['from', 'to'] as const) {
    const value = single(params[field]);
    if (!value) continue;
    if (isValidLocalDate(value)) filter[field] = value;
    else errors[field] = 'dateInvalid';
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    errors.to = 'rangeReversed';
    delete filter.to;
  }
  const pageText = single(params.page);
  const page = /^\d{1,6}$/.test(pageText) ? Math.min(Math.max(Number(pageText), 1), MAX_PAGE) : 1;
  return { filter, page, errors };
}

/** The query string of a filter and page, for the paging links (empty fields left out). */
export function auditQueryString(filter: AuditFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.actorId) params.set('actor', filter.actorId);
  if (filter.action) params.set('action', filter.action);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
