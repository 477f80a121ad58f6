/** The rate limits count per clock hour: a test that fills a bucket must not see it empty half-way. */
const HOUR_MS = 3_600_000;

/**
 * Waits for the next hour to begin when fewer than `marginMs` are left of this one, so the requests a test makes
 * all fall in one hour's bucket (CI failed once on a throttling test that crossed 14:00).
 */
export async function awayFromHourBoundary(marginMs = 60_000): Promise<void> {
  const left = HOUR_MS - (Date.now() % HOUR_MS);
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 1_000));
}
