import 'server-only';
import type { NextRequest } from 'next/server';
import { classifyPath } from '@/lib/counting/page-group';
import { getConfig } from '@/lib/server/config';
import { count } from '@/lib/server/counting/counter';
import { recordPageView } from '@/lib/server/counting/page-view';
import { log } from '@/lib/server/log';
import { isDraining } from '@/lib/server/shutdown';
import { findWaveByCode } from '@/lib/server/waves/wave-directory';

export { isDraining };

export interface WaveLink {
  code: string;
  known: boolean;
  locale: 'nl' | 'en';
}

/** A wave link's wave; Dutch and unknown when the code is not a wave or the database cannot be reached. */
export async function resolveWaveLink(code: string): Promise<WaveLink> {
  const wave = await findWaveByCode(code);
  return { code, known: wave !== null, locale: wave?.locale === 'en' ? 'en' : 'nl' };
}

/**
 * The socket peer as Next passes it on (the last X-Forwarded-For hop, which Next appends itself). The first hop is
 * only believed behind our own reverse proxy (TRUST_PROXY): anyone can send that header.
 */
function clientAddress(request: NextRequest): string {
  const hops = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  return (getConfig().TRUST_PROXY ? hops[0] : hops.at(-1)) ?? '';
}

/** Runs for every page request after routing: anonymous counting, and a request log line without query string. */
export async function afterPageRequest(request: NextRequest, waveLink: WaveLink | null): Promise<void> {
  const { pathname, searchParams } = request.nextUrl;
  log.debug('request', { method: request.method, path: pathname });
  if (!getConfig().COUNTING_ENABLED) return;
  const path = classifyPath(pathname);
  const locale = waveLink?.locale ?? path?.locale ?? '';
  recordPageView({
    method: request.method,
    pathname,
    headers: request.headers,
    waveCode: waveLink ? (waveLink.known ? waveLink.code : '') : null,
    locale,
    clientAddress: clientAddress(request),
  });
  if (path?.group === 'real' && request.method === 'GET') {
    const wave = searchParams.get('w');
    const known = wave ? await findWaveByCode(wave) : null;
    count({ metric: 'real_view', wave: known?.code ?? '' });
  }
}
