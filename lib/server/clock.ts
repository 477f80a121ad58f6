import 'server-only';
import { headers } from 'next/headers';
import { getConfig } from '@/lib/server/config';

/**
 * The time a visitor page is rendered for: only what visitor pages show (open or closed, holidays) may use it. Tests
 * set `x-test-now` to see a page at night or on a holiday; the header is only honoured with TEST_CLOCK=true, which
 * the configuration refuses whenever NODE_ENV=production. Sessions, throttles, audit times and everything staff
 * screens store or decide use the server's own clock (`new Date()`): a request header must never move those.
 */
export async function requestNow(): Promise<Date> {
  if (!getConfig().TEST_CLOCK) return new Date();
  const override = (await headers()).get('x-test-now');
  const parsed = override ? new Date(override) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : new Date();
}
