import 'server-only';
import http from 'node:http';

export const PEER_HEADER = 'x-uitweg-peer';

function decodable(url: string): boolean {
  try {
    decodeURIComponent(url);
    return true;
  } catch {
    return false;
  }
}

/**
 * A thin layer in front of Next's request handler, installed once per process at start-up:
 * - Next only fills X-Forwarded-For with the socket address when the client sent none, so without a trusted proxy a
 *   client could pick its own "address" and slip past rate limits. Every request is stamped with the real socket
 *   peer in a header of our own (overwriting any the client sent). The value is only ever hashed, never stored.
 * - Next answers a path with invalid percent-encoding (`/%ff`) with a 500; it is the client's error, so answer 400.
 */
export function stampPeerAddresses(): void {
  const prototype = http.Server.prototype as http.Server & { __uitwegPeerStamp?: boolean };
  if (prototype.__uitwegPeerStamp) return;
  prototype.__uitwegPeerStamp = true;
  const emit = prototype.emit;
  prototype.emit = function emitWithPeer(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      const response = args[1] as http.ServerResponse;
      if (!decodable(request.url ?? '/')) {
        response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end('Bad request');
        return true;
      }
      request.headers[PEER_HEADER] = request.socket.remoteAddress ?? '';
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
