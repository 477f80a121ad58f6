import 'server-only';
import { headers } from 'next/headers';
import { getConfig } from '@/lib/server/config';

/**
 * The time a page is rendered for. Tests set `x-test-now` to see a page at night or on a holiday; the header is only
 * honoured with TEST_CLOCK=true, which the configuration refuses for production on PostgreSQL.
 */
export async function requestNow(): Promise<Date> {
  if (!getConfig().TEST_CLOCK) return new Date();
  const override = (await headers()).get('x-test-now');
  const parsed = override ? new Date(override) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : new Date();
}
