import 'server-only';
import { getDb } from '@/lib/server/db';
import { createResilientCache } from '@/lib/server/resilient-cache';

export interface WaveSummary {
  id: string;
  code: string;
  locale: 'nl' | 'en';
  smsText: string;
  closed: boolean;
}

async function loadWaves(): Promise<Map<string, WaveSummary>> {
  const rows = await getDb().wave.findMany({
    select: { id: true, code: true, locale: true, smsText: true, closed: true },
  });
  return new Map(rows.map((row) => [row.code, { ...row, locale: row.locale === 'en' ? 'en' : 'nl' }]));
}

// Wave links are hit thousands of times in minutes after an SMS: they read waves from memory, refreshed every
// 5 s (an edit on another instance shows within that).
const holder = globalThis as typeof globalThis & {
  __uitwegWaves?: ReturnType<typeof createResilientCache<Map<string, WaveSummary>>>;
};
function cache() {
  holder.__uitwegWaves ??= createResilientCache({
    load: loadWaves,
    fallback: new Map<string, WaveSummary>(),
    ttlMs: 5_000,
    maxWaitMs: 500,
  });
  return holder.__uitwegWaves;
}

export async function findWaveByCode(code: string): Promise<WaveSummary | null> {
  return (await cache().get()).get(code.toLowerCase()) ?? null;
}

/** After an admin edits waves, so their own next page view shows the change at once. */
export function invalidateWaveDirectory(): void {
  cache().invalidate();
}
