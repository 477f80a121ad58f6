import 'server-only';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { earlyRefusal, isWellFormedRange } from '@/lib/security/request-policy';
import { getConfig } from '@/lib/server/config';
import { serveDocument } from '@/lib/server/documents/serve';
import { runInRequestContext } from '@/lib/server/request-context';
import { trackRequest } from '@/lib/server/shutdown';

export const PEER_HEADER = 'x-uitweg-peer';
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Slow clients (slowloris) hold a connection open by trickling headers or a body. Node's defaults (60 s for headers,
 * 300 s for a request, checked every 30 s) let one such client keep a socket for up to five minutes. A phone on poor
 * mobile data still sends its headers in well under a second and a contact form (at most 64 KB) in seconds.
 */
export const HEADERS_TIMEOUT_MS = 15_000;
export const REQUEST_TIMEOUT_MS = 30_000;
const CHECK_INTERVAL_MS = 2_000;

const TRUSTED_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

function requestIdFor(request: http.IncomingMessage): string {
  const upstream = request.headers[REQUEST_ID_HEADER];
  // Our own reverse proxy may hand us its id so both logs line up; anyone else's is replaced.
  if (getConfig().TRUST_PROXY && typeof upstream === 'string' && TRUSTED_REQUEST_ID.test(upstream))
    return upstream;
  return randomUUID();
}

function testNowOf(request: http.IncomingMessage): Date | undefined {
  const header = request.headers['x-test-now'];
  if (!getConfig().TEST_CLOCK || typeof header !== 'string') return undefined;
  const parsed = new Date(header);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

let ownHostsCache: string[] | undefined;
function ownHosts(): string[] {
  ownHostsCache ??= [new URL(getConfig().SITE_URL).host];
  return ownHostsCache;
}

/**
 * Node reads the checking interval only when the server starts listening, which happened before this layer was
 * installed; re-running its own `listening` hook restarts the checker with ours.
 */
function limitSlowClients(server: http.Server & { connectionsCheckingInterval?: number }): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.connectionsCheckingInterval = CHECK_INTERVAL_MS;
  const restartChecker = server
    .listeners('listening')
    .find((hook) => hook.name === 'setupConnectionsTracking');
  if (restartChecker) Reflect.apply(restartChecker, server, []);
}

/**
 * A thin layer in front of Next's request handler, installed once per process at start-up:
 * - Next only fills X-Forwarded-For with the socket address when the client sent none, so without a trusted proxy a
 *   client could pick its own "address" and slip past rate limits. Every request is stamped with the real socket
 *   peer in a header of our own (overwriting any the client sent). The value is only ever hashed, never stored.
 * - What must never reach the framework is refused here (lib/security/request-policy.ts): a path with invalid
 *   percent-encoding (Next answers `/%ff` with a 500), posts another site made a browser send, posts to anything but
 *   a page or the event beacon (Next's action parser answers a broken body there with a 500), oversized bodies;
 *   and a malformed Range header is dropped (Next's file server answers one with a 500).
 * - Each request gets a random id, in the `X-Request-Id` response header and on every log line written while it is
 *   handled, so an operator can follow one request through the log without any visitor data in it.
 * - Visitor pages are documents served from here (lib/server/documents), before Next: no framework runtime, and
 *   from memory once rendered for the same state.
 * - Slow clients are cut off (see HEADERS_TIMEOUT_MS).
 * - Requests in flight are counted, so a shutdown can wait until each is answered.
 */
export function installRequestLayer(): void {
  const prototype = http.Server.prototype as http.Server & { __uitwegRequestLayer?: boolean };
  if (prototype.__uitwegRequestLayer) return;
  prototype.__uitwegRequestLayer = true;
  const limited = new WeakSet<http.Server>();
  const emit = prototype.emit;
  prototype.emit = function emitThroughLayer(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'connection' && !limited.has(this)) {
      limited.add(this);
      limitSlowClients(this);
    }
    if (event !== 'request') return Reflect.apply(emit, this, [event, ...args]) as boolean;
    const request = args[0] as http.IncomingMessage;
    const response = args[1] as http.ServerResponse;
    trackRequest(response);
    const requestId = requestIdFor(request);
    response.setHeader('X-Request-Id', requestId);
    const refusal = earlyRefusal({
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      headers: request.headers,
      ownHosts: ownHosts(),
    });
    if (refusal) {
      response.writeHead(refusal.status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        ...(refusal.allow ? { Allow: refusal.allow } : {}),
        // The body may still be on its way; do not read it.
        ...(request.method === 'GET' || request.method === 'HEAD' ? {} : { Connection: 'close' }),
      });
      response.end(refusal.text);
      return true;
    }
    const range = request.headers.range;
    if (range !== undefined && !isWellFormedRange(range)) delete request.headers.range;
    request.headers[PEER_HEADER] = request.socket.remoteAddress ?? '';
    request.headers[REQUEST_ID_HEADER] = requestId;
    return runInRequestContext({ requestId, testNow: testNowOf(request) }, () => {
      if (serveDocument(request, response)) return true;
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    });
  } as typeof emit;
}
