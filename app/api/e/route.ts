import { allowBeaconFrom, BEACON_WINDOW_SECONDS } from '@/lib/server/counting/beacon-limit';
import { recordEvent } from '@/lib/server/counting/events';

/**
 * The anonymous event beacon: `<a ping>` and `navigator.sendBeacon` post here. Only the event name, a known channel
 * id and a known wave code are read; the body, cookies and headers are ignored (the address only feeds the in-memory
 * per-address limit, as a keyed hash). No page render, no database wait.
 */
export async function POST(request: Request) {
  if (!allowBeaconFrom(request.headers))
    return new Response('Too many events', {
      status: 429,
      headers: { 'Cache-Control': 'no-store', 'Retry-After': String(BEACON_WINDOW_SECONDS) },
    });
  const result = await recordEvent(new URL(request.url).searchParams, request.headers.get('user-agent'));
  if (!result.ok)
    return new Response('Unknown event', { status: 400, headers: { 'Cache-Control': 'no-store' } });
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
