import 'server-only';
import type { NextRequest } from 'next/server';
import { classifyPath } from '@/lib/counting/page-group';
import { clientAddressFrom } from '@/lib/server/client-address';
import { getConfig } from '@/lib/server/config';
import { count } from '@/lib/server/counting/counter';
import { recordPageView } from '@/lib/server/counting/page-view';
import { log } from '@/lib/server/log';
import { isDraining } from '@/lib/server/shutdown';
import { attributionOf } from '@/lib/server/waves/attribution';

export { isDraining };

/**
 * Runs for every page request Next renders (the staff application and the visitor forms) after routing: anonymous
 * counting, and a request log line without query string. The documents count in lib/server/documents/serve.tsx.
 */
export async function afterPageRequest(request: NextRequest): Promise<void> {
  const { pathname, searchParams } = request.nextUrl;
  log.debug('request', { method: request.method, path: pathname });
  if (!getConfig().COUNTING_ENABLED) return;
  const path = classifyPath(pathname);
  const locale = path?.locale ?? '';
  recordPageView({
    method: request.method,
    pathname,
    headers: request.headers,
    waveCode: null,
    locale,
    clientAddress: clientAddressFrom(request.headers),
  });
  if (path?.group === 'real' && request.method === 'GET') {
    count({ metric: 'real_view', ...(await attributionOf(searchParams.get('w'))) });
  }
}
