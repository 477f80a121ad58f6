import 'server-only';
import { CounterBuffer } from '@/lib/counting/buffer';
import { DailyKeyring } from '@/lib/counting/daily-key';
import { amsterdamDay } from '@/lib/counting/time';
import { counterKey, type CounterKey } from '@/lib/counting/types';
import { getDb } from '@/lib/server/db';
import { describeError, log } from '@/lib/server/log';
import { onShutdown } from '@/lib/server/shutdown';
import { addCounts } from './counter-store';

interface CountingState {
  buffer: CounterBuffer;
  keyring: DailyKeyring;
}

/** Visitor hashes remembered per day and process (about 16 MB at most); see DailyKeyring.firstSeenToday. */
const UNIQUE_VISITORS_PER_DAY = 500_000;

// One buffer and one day key per process, shared by the proxy and route handlers (separate bundles).
const holder = globalThis as typeof globalThis & { __uitwegCounting?: CountingState };

function state(): CountingState {
  if (holder.__uitwegCounting) return holder.__uitwegCounting;
  let lastLoggedError = '';
  const buffer = new CounterBuffer({
    sink: (rows) => addCounts(getDb(), rows),
    // Retry at least every 5 s, so counting resumes soon after the database returns.
    retryMaxMs: 5_000,
    onError: (error) => {
      // Once per distinct failure, not once per retry: a database outage must not flood the log.
      const message = describeError(error);
      if (message !== lastLoggedError) log.warn('counting.flush_failed', { error: message });
      lastLoggedError = message;
    },
  });
  buffer.start();
  const keyring = new DailyKeyring({
    now: () => new Date(),
    // From here until midnight new visitors are not counted as unique: the dashboard's uniques are then too low.
    onSaturated: (day) =>
      log.warn('counting.unique_visitors_full', { day, maxEntries: UNIQUE_VISITORS_PER_DAY }),
    maxEntries: UNIQUE_VISITORS_PER_DAY,
  });
  const created: CountingState = { buffer, keyring };
  onShutdown(async () => {
    await created.buffer.stop();
    const { pendingCount, dropped } = created.buffer.stats;
    log.info('counting.final_flush', { pending: pendingCount, dropped });
  });
  holder.__uitwegCounting = created;
  return created;
}

/** Adds to an aggregate counter; synchronous and never throws, so it cannot slow or break a page. */
export function count(
  fields: Omit<Partial<CounterKey>, 'day'> & Pick<CounterKey, 'metric'>,
  now = new Date(),
): void {
  try {
    state().buffer.increment(counterKey({ ...fields, day: amsterdamDay(now) }));
  } catch (error) {
    log.warn('counting.increment_failed', { error: describeError(error) });
  }
}

/**
 * True the first time today that this (keyed, truncated) visitor fingerprint is seen in this process. The inputs are
 * hashed with a random in-memory key and dropped; only the count of first sightings is stored.
 */
export function firstVisitToday(parts: string[]): boolean {
  return state().keyring.firstSeenToday(parts);
}

export async function flushCounts(): Promise<void> {
  await state().buffer.flush();
}

export function countingStats() {
  return state().buffer.stats;
}
