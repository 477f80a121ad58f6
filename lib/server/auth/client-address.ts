import 'server-only';
import { headers } from 'next/headers';
import { getConfig } from '@/lib/server/config';

/** The client address of the current request, as the proxy sees it (see lib/server/proxy-hooks.ts). */
export async function currentClientAddress(): Promise<string> {
  const hops = ((await headers()).get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  return (getConfig().TRUST_PROXY ? hops[0] : hops.at(-1)) ?? '';
}
