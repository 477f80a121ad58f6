import 'server-only';
import { isBotAgent } from '@/lib/counting/bots';
import { deviceClass } from '@/lib/counting/device';
import { classifyPath } from '@/lib/counting/page-group';
import { count, firstVisitToday } from './counter';

export interface PageRequest {
  method: string;
  pathname: string;
  headers: Headers;
  /** The wave, when the path is a wave link (`/w/<code>`) to a known wave; '' for an unknown code. */
  waveCode: string | null;
  /** The experiment arm whose link was used ('' for none): counted for the arm as well as for the wave. */
  arm?: string;
  /** The language the page is shown in (for wave links, the wave's). */
  locale: string;
  clientAddress: string;
}

/** Requests the router makes ahead of a click are not views; a click's own navigation request is. */
function isPrefetch(headers: Headers): boolean {
  return (
    headers.has('next-router-prefetch') ||
    headers.get('purpose') === 'prefetch' ||
    (headers.get('sec-purpose') ?? '').includes('prefetch')
  );
}

/**
 * Counts one page view, aggregated per day: page group, language, device class, wave or direct. The address and
 * user agent only feed the keyed in-memory hash for daily uniques and the device class; neither is stored or logged.
 */
export function recordPageView(request: PageRequest, now = new Date()): void {
  if (request.method !== 'GET' || isPrefetch(request.headers)) return;
  const path = classifyPath(request.pathname);
  if (!path) return;
  const userAgent = request.headers.get('user-agent');
  const wave = request.waveCode ?? '';
  const via = path.waveCode !== null ? 'wave' : 'direct';
  const arm = request.arm ?? '';
  if (isBotAgent(userAgent)) {
    count({ metric: 'bot', wave, via }, now);
    return;
  }
  count(
    {
      metric: 'visit',
      wave,
      arm,
      via,
      page: path.group,
      locale: request.locale,
      device: deviceClass(userAgent),
    },
    now,
  );
  const visitor = [request.clientAddress, userAgent ?? '', request.headers.get('host') ?? ''];
  if (firstVisitToday(visitor)) count({ metric: 'unique' }, now);
  // Per link, so a person who opened both arms' links (a shared phone) counts once for each arm.
  if (via === 'wave' && firstVisitToday([...visitor, `wave:${wave}:${arm}`]))
    count({ metric: 'unique', wave, arm, via }, now);
}
