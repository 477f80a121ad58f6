import 'server-only';
import { createHash } from 'node:crypto';
import type http from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { VisitorDocument } from '@/components/site/visitor-document';
import { classifyPath } from '@/lib/counting/page-group';
import { DocumentCache, type ContentEncoding, pickEncoding } from '@/lib/documents/cache';
import { type DocumentMatch, matchDocument } from '@/lib/documents/match';
import { chooseLocale } from '@/lib/i18n/choose-locale';
import { DEFAULT_VISITOR_LOCALE, type VisitorLocale } from '@/lib/i18n/locales';
import { documentContentSecurityPolicy, SECURITY_HEADERS } from '@/lib/security/security-headers';
import { clientAddressFrom } from '@/lib/server/client-address';
import { getConfig } from '@/lib/server/config';
import { count } from '@/lib/server/counting/counter';
import { recordPageView } from '@/lib/server/counting/page-view';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { primaryLineStatus } from '@/lib/server/helplines/route-for-request';
import { log } from '@/lib/server/log';
import { isDraining } from '@/lib/server/shutdown';
import { unavailableResponse } from '@/lib/server/unavailable-page';
import { attributionOf } from '@/lib/server/waves/attribution';
import { findWaveByCode, type WaveSummary } from '@/lib/server/waves/wave-directory';
import { documentAssets, serveAsset } from './assets';
import { readFormBody } from './form-body';
import { FORM_PAGES, type FormPageLoader } from './form-pages';
import { DOCUMENT_PAGES, type DocumentRequest, type LoadedPage, notFoundPage } from './pages';
import { renderDocument } from './render';

interface RenderedDocument {
  status: number;
  bodies: Record<ContentEncoding, Buffer>;
}

/** Pages × languages × waves × opening states stay far below this; random wave codes can only evict. */
const cache = new DocumentCache<RenderedDocument>(2_000);

function headersOf(request: http.IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  return headers;
}

/** One body in the given encoding, at the levels every document uses. */
function encodeBody(identity: Buffer, encoding: ContentEncoding): Buffer {
  if (encoding === 'br')
    return brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  if (encoding === 'gzip') return gzipSync(identity, { level: 6 });
  return identity;
}

/** A cached document is sent to many clients: it keeps a body in each encoding. */
function compress(html: string, status: number): RenderedDocument {
  const identity = Buffer.from(html);
  return {
    status,
    bodies: { identity, gzip: encodeBody(identity, 'gzip'), br: encodeBody(identity, 'br') },
  };
}

function send(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  document: RenderedDocument,
  locale: VisitorLocale,
): void {
  const encoding = pickEncoding(request.headers['accept-encoding']);
  sendBody(request, response, { status: document.status, encoding, body: document.bodies[encoding] }, locale);
}

function sendBody(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  { status, encoding, body }: { status: number; encoding: ContentEncoding; body: Buffer },
  locale: VisitorLocale,
): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Language': locale,
    'Content-Length': body.length,
    // What a person read must not stay in a shared phone's cache, nor in any cache between us and them.
    'Cache-Control': 'private, no-store',
    'Content-Security-Policy': documentContentSecurityPolicy({
      development: process.env.NODE_ENV === 'development',
    }),
    Vary: 'Accept-Encoding',
    ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function refuse(response: http.ServerResponse, status: number, text: string): void {
  // The rest of the body may still be on its way; do not read it.
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  response.end(text);
}

function redirect(response: http.ServerResponse, status: 307 | 308, location: string): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    Location: location,
    'Cache-Control': 'no-store',
    Vary: 'Accept-Language',
  });
  response.end();
}

async function sendWebResponse(response: http.ServerResponse, web: Response): Promise<void> {
  response.writeHead(web.status, Object.fromEntries(web.headers.entries()));
  response.end(Buffer.from(await web.arrayBuffer()));
}

interface Resolved {
  locale: VisitorLocale;
  loader: (request: DocumentRequest) => Promise<LoadedPage>;
  status: number;
  /** The wave link the page passes on: the wave's or one of its arms' link code. */
  waveCode: string | null;
  /** The known wave (and arm) of a wave link, for the page's variant. */
  wave: WaveSummary | null;
  /** For counting: the wave of a wave link ('' when the code is unknown), null for every other page. */
  countedWave: string | null;
}

async function resolve(match: DocumentMatch): Promise<Resolved | null> {
  if (match.kind === 'wave') {
    const wave = await findWaveByCode(match.code);
    return {
      locale: wave?.locale ?? 'nl',
      loader: DOCUMENT_PAGES['/w/[code]']!,
      status: 200,
      waveCode: wave?.linkCode ?? null,
      wave,
      countedWave: wave?.code ?? '',
    };
  }
  if (match.kind === 'not-found')
    return {
      locale: match.locale,
      loader: notFoundPage,
      status: 404,
      waveCode: null,
      wave: null,
      countedWave: null,
    };
  if (match.kind !== 'page') return null;
  const loader = DOCUMENT_PAGES[match.page];
  if (!loader) return null;
  return { locale: match.locale, loader, status: 200, waveCode: null, wave: null, countedWave: null };
}

function countView(
  request: http.IncomingMessage,
  pathname: string,
  query: URLSearchParams,
  resolved: Pick<Resolved, 'locale' | 'countedWave' | 'wave'>,
) {
  if (!getConfig().COUNTING_ENABLED) return;
  const headers = headersOf(request);
  recordPageView({
    method: request.method ?? 'GET',
    pathname,
    headers,
    waveCode: resolved.countedWave,
    arm: resolved.wave?.arm?.code ?? '',
    locale: resolved.locale,
    clientAddress: clientAddressFrom(headers),
  });
  if (classifyPath(pathname)?.group === 'real' && request.method === 'GET') {
    void attributionOf(query.get('w')).then((attribution) => count({ metric: 'real_view', ...attribution }));
  }
}

async function serveMatched(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  pathname: string,
  query: URLSearchParams,
  resolved: Resolved,
): Promise<void> {
  countView(request, pathname, query, resolved);
  const { locale, waveCode, wave } = resolved;
  const [page, helplineStatus] = await Promise.all([
    resolved.loader({ locale, query, waveCode, arm: wave?.arm ?? null }),
    primaryLineStatus(),
  ]);
  const helpline = getPrimaryHelpline();
  const exitUrl = getConfig().QUICK_EXIT_URL;
  const key = createHash('sha256')
    .update(
      JSON.stringify([pathname, locale, resolved.status, waveCode, helplineStatus, helpline, page.state]),
    )
    .digest('base64url');
  let document = cache.get(key);
  if (!document) {
    const html = await renderDocument(
      <VisitorDocument
        assets={documentAssets()}
        siteUrl={getConfig().SITE_URL}
        locale={locale}
        locales={getConfig().VISITOR_LOCALES}
        pathname={pathname}
        exitUrl={exitUrl}
        helpline={helpline}
        helplineStatus={helplineStatus}
        waveCode={waveCode}
      >
        {page.render()}
      </VisitorDocument>,
    );
    document = compress(html, resolved.status);
    cache.set(key, document);
  }
  send(request, response, document, locale);
}

const REFUSALS: Record<number, string> = {
  400: 'Malformed form',
  413: 'Request too large',
  415: 'Unsupported content type',
};

/**
 * A page with a form, GET or the post of its form: rendered for this request only (form token, proof of work and
 * what the person wrote or got back), never cached; sent `no-store` like every document.
 */
async function serveForm(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  pathname: string,
  query: URLSearchParams,
  locale: VisitorLocale,
  loader: FormPageLoader,
): Promise<void> {
  let form: FormData | null = null;
  if (request.method === 'POST') {
    const body = await readFormBody(request);
    if (!body.ok) {
      refuse(response, body.status, REFUSALS[body.status] ?? 'Bad request');
      return;
    }
    form = body.form;
  }
  countView(request, pathname, query, { locale, countedWave: null, wave: null });
  const headers = headersOf(request);
  const [content, helplineStatus] = await Promise.all([
    loader({ locale, query, headers, form }),
    primaryLineStatus(),
  ]);
  const html = await renderDocument(
    <VisitorDocument
      assets={documentAssets({ forms: true })}
      siteUrl={getConfig().SITE_URL}
      locale={locale}
      locales={getConfig().VISITOR_LOCALES}
      pathname={pathname}
      exitUrl={getConfig().QUICK_EXIT_URL}
      helpline={getPrimaryHelpline()}
      helplineStatus={helplineStatus}
      waveCode={null}
    >
      {content}
    </VisitorDocument>,
  );
  // Rendered for this request alone: encoded only in the one encoding this client takes, not in all three.
  const encoding = pickEncoding(request.headers['accept-encoding']);
  sendBody(
    request,
    response,
    { status: 200, encoding, body: encodeBody(Buffer.from(html), encoding) },
    locale,
  );
}

/**
 * Serves a visitor document (or one of its assets) straight from the request layer, before Next: no framework
 * runtime, and a page already rendered for the same state comes from memory; the pages with a form also take the
 * post of that form. Returns false for everything Next serves (the staff application, route handlers, files).
 */
export function serveDocument(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const url = new URL(request.url ?? '/', 'http://document.invalid');
  // Decoded for matching (the request layer already refused undecodable paths); headers only ever get `url`'s own
  // encoded form, since a decoded path may hold characters no header may carry.
  const pathname = decodeURIComponent(url.pathname);
  if (pathname.startsWith('/assets/')) return serveAsset(request, response, pathname);
  const match = matchDocument(pathname, getConfig().VISITOR_LOCALES);
  if (!match) return false;
  const takesPost = match.kind === 'page' && FORM_PAGES[match.page] !== undefined;
  if (match.kind === 'page' && !DOCUMENT_PAGES[match.page] && !takesPost) return false;
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD' && !(takesPost && method === 'POST')) {
    // Only the pages with a form take a post (the request layer already refused other methods and bodies).
    response.writeHead(405, {
      Allow: takesPost ? 'GET, HEAD, POST' : 'GET, HEAD',
      'Content-Type': 'text/plain; charset=utf-8',
      Connection: 'close',
    });
    response.end('Method not allowed');
    return true;
  }
  void handle(request, response, url, pathname, match).catch((error: unknown) => {
    log.error('document.failed', {
      path: pathname,
      error: error instanceof Error ? error.message : String(error),
    });
    if (response.headersSent) response.destroy();
    else void sendWebResponse(response, unavailableResponse(pathname, 500));
  });
  return true;
}

async function handle(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  url: URL,
  pathname: string,
  match: DocumentMatch,
): Promise<void> {
  if (isDraining()) {
    // Shutting down: a load balancer sends the visitor to another instance; without one they still see the number.
    await sendWebResponse(response, unavailableResponse(pathname));
    return;
  }
  if (match.kind === 'redirect') {
    redirect(response, 308, `${url.pathname.replace(/\/+$/, '') || '/'}${url.search}`);
    return;
  }
  if (match.kind === 'not-offered') {
    redirect(response, 307, `/${DEFAULT_VISITOR_LOCALE}`);
    return;
  }
  if (match.kind === 'choose-locale') {
    const locale = chooseLocale(request.headers['accept-language'], getConfig().VISITOR_LOCALES);
    redirect(response, 307, `/${locale}${url.pathname === '/' ? '' : url.pathname}${url.search}`);
    return;
  }
  const form = match.kind === 'page' ? FORM_PAGES[match.page] : undefined;
  if (match.kind === 'page' && form) {
    await serveForm(request, response, pathname, url.searchParams, match.locale, form);
    return;
  }
  const resolved = await resolve(match);
  if (!resolved) throw new Error(`no document for ${match.kind}`);
  await serveMatched(request, response, pathname, url.searchParams, resolved);
}
