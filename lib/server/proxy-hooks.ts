import 'server-only';
import type { NextRequest } from 'next/server';
import { classifyPath } from '@/lib/counting/page-group';
import { clientAddressFrom } from '@/lib/server/client-address';
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
    clientAddress: clientAddressFrom(request.headers),
  });
  if (path?.group === 'real' && request.method === 'GET') {
    const wave = searchParams.get('w');
    const known = wave ? await findWaveByCode(wave) : null;
    count({ metric: 'real_view', wave: known?.code ?? '' });
  }
}
