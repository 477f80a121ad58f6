import 'server-only';
import { getConfig } from '@/lib/server/config';
import { currentTestNow } from '@/lib/server/request-context';

/**
 * The time a visitor page is rendered for: only what visitor pages show (open or closed, holidays) may use it. Tests
 * set `x-test-now` to see a page at night or on a holiday; the request layer reads that header into the request's
 * context, only with TEST_CLOCK=true, which the configuration refuses whenever NODE_ENV=production. Sessions,
 * throttles, audit times and everything staff screens store or decide use the server's own clock (`new Date()`): a
 * request header must never move those.
 */
export async function requestNow(): Promise<Date> {
  if (!getConfig().TEST_CLOCK) return new Date();
  return currentTestNow() ?? new Date();
}
