/**
 * What the server refuses before any framework code sees a request. Pure: the request layer
 * (lib/server/request-layer.ts) applies it to every request, pages, route handlers and static files alike.
 */

/** A contact request or a staff form is a few kilobytes; anything larger is refused before it is parsed. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface EarlyRequest {
  method: string;
  /** The request target as sent (`/nl/contact?x=1`), not yet decoded. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** Hosts this server answers for besides the Host header (the configured SITE_URL's). */
  ownHosts: readonly string[];
}

export interface Refusal {
  status: 400 | 403 | 405 | 411 | 413;
  text: string;
  /** For a 405: the methods the path does take. */
  allow?: string;
}

const READ_METHODS = new Set(['GET', 'HEAD']);

function header(request: EarlyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function decodedPath(url: string): string | null {
  const path = url.split('?')[0] ?? '';
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** The paths proxy.ts sees: its matcher skips `/api…`, `/_next…` and anything with a dot. */
export function isProxiedPath(path: string): boolean {
  return !/^\/(api|_next)/.test(path) && !path.includes('.') && !path.includes('\0');
}

/**
 * Where a form may be posted: a page (which the proxy guards: size, content type, parsable body) or the event beacon.
 * Route handlers, Next's assets and files take no posts: anything with a body sent there reaches the framework's
 * action parser unguarded, which answers a broken body with a 500.
 */
export function acceptsPost(path: string): boolean {
  return path === '/api/e' || isProxiedPath(path);
}

function allowedMethods(path: string): string {
  if (path === '/api/e') return 'POST';
  return isProxiedPath(path) ? 'GET, HEAD, POST' : 'GET, HEAD';
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * A post another site made a browser send. Browsers mark them with `Sec-Fetch-Site` (anything but `same-origin`) and
 * with an `Origin` that is not ours; `Origin: null` (a sandboxed frame, a `data:` page, a page whose own referrer
 * policy hides its origin) is never ours, since our own pages send their real origin (Referrer-Policy: same-origin).
 * A client that sends neither header is not a browser acting for someone else, and gets the usual checks.
 */
export function isCrossSite(request: EarlyRequest): boolean {
  const fetchSite = header(request, 'sec-fetch-site');
  if (fetchSite !== undefined && fetchSite !== 'same-origin') return true;
  const origin = header(request, 'origin');
  if (origin === undefined) return false;
  const originHost = hostOf(origin);
  if (originHost === null) return true;
  const own = [header(request, 'host') ?? '', ...request.ownHosts].map((host) => host.toLowerCase());
  return !own.includes(originHost);
}

const BYTE_RANGES = /^bytes=\s*(\d+-\d*|-\d+)(\s*,\s*(\d+-\d*|-\d+))*\s*$/;

/**
 * Whether a Range header is one a file server can honour. Next's file server answers a malformed one (`bytes=x`)
 * with a 500; a server may ignore Range altogether (RFC 9110, 14.2), so the request layer drops a malformed one.
 */
export function isWellFormedRange(value: string): boolean {
  return BYTE_RANGES.test(value);
}

/** The answer for a request that must not go further, or null. */
export function earlyRefusal(request: EarlyRequest): Refusal | null {
  const path = decodedPath(request.url);
  if (path === null) return { status: 400, text: 'Bad request' };
  const method = request.method.toUpperCase();
  if (READ_METHODS.has(method)) return null;
  if (isCrossSite(request)) return { status: 403, text: 'Cross-site request refused' };
  // Nothing here answers PUT, DELETE, OPTIONS or the like, and Next answers some of them on files with a 500.
  if (method !== 'POST' || !acceptsPost(path)) {
    return { status: 405, text: 'Method not allowed', allow: allowedMethods(path) };
  }
  // `RSC: 1` marks Next's client navigations, which are reads; a post with it to a page that does not exist makes Next
  // fail an invariant (500). No form or server action of ours sends it, and Next strips it before the proxy runs.
  if (header(request, 'rsc') !== undefined) return { status: 400, text: 'Bad request' };
  // A body without a length (chunked) could only be measured by reading it, and the framework waits for its end
  // before answering. No browser sends a form that way: every form post and beacon states its length.
  if (header(request, 'transfer-encoding') !== undefined) return { status: 411, text: 'Length required' };
  const length = Number(header(request, 'content-length') ?? '0');
  if (!Number.isFinite(length) || length > MAX_BODY_BYTES) return { status: 413, text: 'Request too large' };
  return null;
}
