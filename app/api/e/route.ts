import { recordEvent } from '@/lib/server/counting/events';

/**
 * The anonymous event beacon: `<a ping>` and `navigator.sendBeacon` post here. Only the event name, a known channel
 * id and a known wave code are read; the body, cookies and headers are ignored. No page render, no database wait.
 */
export async function POST(request: Request) {
  const result = await recordEvent(new URL(request.url).searchParams, request.headers.get('user-agent'));
  if (!result.ok)
    return new Response('Unknown event', { status: 400, headers: { 'Cache-Control': 'no-store' } });
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
