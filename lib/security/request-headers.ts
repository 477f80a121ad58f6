/**
 * Passes extra request headers from the proxy to the page, the way `NextResponse.next({ request: { headers } })`
 * does, but onto a response another handler (next-intl's routing) already created. Next replaces the request's
 * headers with exactly the listed ones, so the original headers are listed too.
 */
export function forwardRequestHeaders(
  response: { headers: Headers },
  requestHeaders: Headers,
  extra: Record<string, string>,
): void {
  const merged = new Headers(requestHeaders);
  const alreadyOverridden = response.headers.get('x-middleware-override-headers');
  for (const name of alreadyOverridden ? alreadyOverridden.split(',') : []) {
    const value = response.headers.get(`x-middleware-request-${name}`);
    if (value !== null) merged.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) merged.set(name, value);
  const names: string[] = [];
  merged.forEach((value, name) => {
    names.push(name);
    response.headers.set(`x-middleware-request-${name}`, value);
  });
  response.headers.set('x-middleware-override-headers', names.join(','));
}
