import 'server-only';
import { type PlainExperiment, plainExperimentSummary } from '@/lib/analytics/experiments/plain-summary';
import { isPrimaryMeasure, parseArmIntros, parseChannelOrder } from '@/lib/waves/arms';
import { getDb, type Db } from '@/lib/server/db';
import { computeExperimentResult } from '@/lib/server/experiments/results';
import { createResilientCache } from '@/lib/server/resilient-cache';

/** What the public research page shows: `available` is false when the list could not be read (database down). */
export interface PublicResearch {
  available: boolean;
  experiments: PlainExperiment[];
}

/**
 * The finished experiments, newest first, in plain facts without counts: waves that are closed and marked as sent,
 * with 2 or more arms, a pre-registered plan and every arm's delivered count entered. A running experiment is never
 * listed: a share shown before the end would invite reading a result early.
 */
export async function listFinishedExperiments(db: Db = getDb()): Promise<PlainExperiment[]> {
  const waves = await db.wave.findMany({
    where: {
      closed: true,
      markedSentAt: { not: null },
      primaryMeasure: { not: '' },
      baselinePercent: { not: null },
      minDifferencePoints: { not: null },
    },
    select: { id: true, sentOn: true },
    orderBy: [{ sentOn: 'desc' }, { code: 'asc' }],
  });
  if (waves.length === 0) return [];
  const arms = await db.waveArm.findMany({
    where: { waveId: { in: waves.map((wave) => wave.id) } },
    select: { waveId: true, code: true, smsText: true, intros: true, channelOrder: true, sent: true },
    orderBy: [{ waveId: 'asc' }, { position: 'asc' }],
  });
  const experiments: PlainExperiment[] = [];
  for (const wave of waves) {
    const own = arms.filter((arm) => arm.waveId === wave.id);
    if (own.length < 2 || own.some((arm) => arm.sent === null)) continue;
    const result = await computeExperimentResult(db, wave.id);
    if (!result?.plan || !result.verdict || !isPrimaryMeasure(result.plan.measure)) continue;
    const texts = new Map(own.map((arm) => [arm.code, arm]));
    experiments.push(
      plainExperimentSummary({
        sentOn: wave.sentOn,
        measure: result.plan.measure,
        verdict: result.verdict,
        arms: result.arms.map((arm) => {
          const row = texts.get(arm.code);
          return {
            code: arm.code,
            label: arm.label,
            channelOrder: parseChannelOrder(arm.channelOrder),
            smsText: row?.smsText ?? '',
            intros: parseArmIntros(row?.intros ?? '{}'),
            sent: arm.sent,
            primary: arm.primary,
          };
        }),
      }),
    );
  }
  return experiments;
}

// The research page is a document: its HTML is cached per state, but the state is read per request. It reads the
// list from memory, refreshed every 5 s; with the database down it gets "not available" (and still renders, with
// the helpline).
const holder = globalThis as typeof globalThis & {
  __uitwegPublicResearch?: ReturnType<typeof createResilientCache<PublicResearch>>;
};
function cache() {
  holder.__uitwegPublicResearch ??= createResilientCache<PublicResearch>({
    load: async () => ({ available: true, experiments: await listFinishedExperiments() }),
    fallback: { available: false, experiments: [] },
    ttlMs: 5_000,
    maxWaitMs: 500,
  });
  return holder.__uitwegPublicResearch;
}

/** The finished experiments for the public research page, from a 5-second cache. */
export function getPublicResearch(): Promise<PublicResearch> {
  return cache().get();
}
