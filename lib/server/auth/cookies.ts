import 'server-only';
import { cookies, headers } from 'next/headers';
import { routing } from '@/lib/i18n/routing';
import { getConfig } from '@/lib/server/config';

/**
 * The staff session cookies. One per staff path, `uitweg_staff_nl` on `/nl/staff` and `uitweg_staff_en` on
 * `/en/staff`, both holding the same value, so the browser never sends a session cookie with a visitor page:
 * visitor pages stay cookie-free. (Two names, because Next keeps one outgoing cookie per name: the same name on two
 * paths would keep only the last.)
 *
 * Not `__Host-`: that prefix demands `Path=/`, which would send the staff session with every visitor page request
 * (and a visitor page must never receive a cookie); the path scoping matters more. Whenever the cookie is `Secure`
 * (everywhere but plain http on localhost, see `cookieIsSecure`) the names carry `__Secure-`: the browser then
 * refuses such a cookie from a plain-http response, so a network attacker cannot plant a session cookie of their
 * choosing, and only the prefixed name is read. On plain-http localhost the prefix is impossible (browsers reject a
 * `__Secure-` cookie without `Secure`), so the demo and the browser tests use the plain names.
 */
export const SESSION_COOKIE_PREFIX = 'uitweg_staff_';
export const SECURE_COOKIE_PREFIX = '__Secure-';
export const SESSION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const staffCookies = (secure = true): { name: string; path: string }[] =>
  routing.locales.map((locale) => ({
    name: `${secure ? SECURE_COOKIE_PREFIX : ''}${SESSION_COOKIE_PREFIX}${locale}`,
    path: `/${locale}/staff`,
  }));
export const staffCookiePaths = (): string[] => staffCookies().map((cookie) => cookie.path);

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * `Secure` always, except on a developer's own machine: the configured SITE_URL is plain http on a loopback host
 * AND this request came to a loopback host (the demo at http://localhost:3000 and the browser tests at
 * http://127.0.0.1). A production site has an https SITE_URL, so it always sets `Secure`; and a cookie without it
 * for a request to "localhost" can only ever travel inside that one machine.
 */
export function cookieIsSecure(siteUrl: string, requestHost: string | null): boolean {
  let site: URL;
  try {
    site = new URL(siteUrl);
  } catch {
    return true;
  }
  const host = (requestHost ?? '').replace(/:\d+$/, '').toLowerCase();
  return !(site.protocol === 'http:' && LOOPBACK.has(site.hostname) && LOOPBACK.has(host));
}

async function baseOptions() {
  const host = (await headers()).get('host');
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: cookieIsSecure(getConfig().SITE_URL, host),
  };
}

/** Only from a server action or route handler (Next refuses cookie writes while rendering a page). */
export async function setSessionCookie(token: string): Promise<void> {
  const store = await cookies();
  const options = await baseOptions();
  // A session cookie for the browser (no Max-Age): the server-side timeouts decide when it stops working.
  for (const { name, path } of staffCookies(options.secure))
    store.set({ name, value: token, path, ...options });
}

export async function clearSessionCookie(): Promise<void> {
  const store = await cookies();
  const options = await baseOptions();
  for (const { name, path } of staffCookies(options.secure)) {
    store.set({ name, value: '', path, maxAge: 0, expires: new Date(0), ...options });
  }
}

/** The session token this request carries (a staff page sends the cookie of its own language path). */
export async function readSessionToken(): Promise<string | null> {
  const store = await cookies();
  const { secure } = await baseOptions();
  for (const { name } of staffCookies(secure)) {
    const value = store.get(name)?.value;
    if (value && SESSION_TOKEN.test(value)) return value;
  }
  return null;
}
