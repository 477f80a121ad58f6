import 'server-only';
import { canViewDashboard, type StaffSession } from '@/lib/auth/permissions';
import { type FunnelEstimate, funnelEstimates } from '@/lib/analytics/experiments/funnel';
import {
  cochranMantelHaenszelTest,
  type CmhTest,
  mantelHaenszelDifference,
  type PooledDifference,
} from '@/lib/analytics/experiments/pooling';
import { sampleSizePerArm } from '@/lib/analytics/experiments/power';
import { experimentVerdict, type Verdict } from '@/lib/analytics/experiments/verdict';
import { isSmallCount } from '@/lib/analytics/small-numbers';
import { isPrimaryMeasure, type PrimaryMeasure } from '@/lib/waves/arms';
import { authorize } from '@/lib/server/admin/authorize';
import { getDb, type Db } from '@/lib/server/db';

// "Reached out" in an experiment: a tap on a way in, a contact request or a started conversation, all attributed to
// the arm whose link the person came through (the arm travels in the page, see lib/server/waves/attribution.ts).
const REACHED_OUT = ['tap', 'request', 'conversation_start'];
const COUNTED = ['unique', 'answer_read', ...REACHED_OUT];
// A conversation or request counts as answered once the team wrote back or closed it after answering.
const ANSWERED_WHERE = {
  OR: [{ status: { in: ['answered', 'closed'] } }, { firstAnsweredAt: { not: null } }],
};

export interface ExperimentSummary {
  id: string;
  code: string;
  name: string;
  sentOn: string;
  arms: { code: string; label: string }[];
  primaryMeasure: PrimaryMeasure | null;
  markedSent: boolean;
  /** A closed wave: no more SMS goes out under it, so its experiment is finished. */
  finished: boolean;
}

export interface ArmResult {
  code: string;
  label: string;
  channelOrder: string;
  /** Delivered, as the sender reported it; null until entered. */
  sent: number | null;
  /** Sent → visited → reached out → answered → answer read; null until `sent` is entered. */
  funnel: FunnelEstimate[] | null;
  /** The raw count of the primary measure, for the verdict only (never shown when small). */
  primary: number;
}

export interface ExperimentResult {
  wave: ExperimentSummary & { recipients: number };
  plan: {
    measure: PrimaryMeasure;
    baselinePercent: number;
    differencePoints: number;
    perArm: number | null;
  } | null;
  arms: ArmResult[];
  /** Null until there is a plan and every arm's delivered count is entered. */
  verdict: Verdict | null;
  /** Which rule can decide: the test at the planned size, or (for a wave below it) Miller's sequential rule. */
  rule: 'planned-size-test' | 'sequential-rule';
  /** An arm whose primary count is 1 to 4: differences and intervals are not shown, they would give it away. */
  suppressed: boolean;
}

type Totals = Record<'visited' | 'reachedOut' | 'conversation' | 'answerRead', number>;

async function countsPerArm(db: Db, wave: string): Promise<Map<string, Totals>> {
  const groups = await db.dailyCounter.groupBy({
    by: ['arm', 'metric'],
    // Daily uniques through the wave's links: the visitors of the funnel, as on the dashboard.
    where: {
      wave,
      arm: { not: '' },
      metric: { in: COUNTED },
      NOT: { metric: 'unique', via: { not: 'wave' } },
    },
    _sum: { count: true },
  });
  const totals = new Map<string, Totals>();
  for (const group of groups) {
    const arm = totals.get(group.arm) ?? { visited: 0, reachedOut: 0, conversation: 0, answerRead: 0 };
    const count = group._sum.count ?? 0;
    if (group.metric === 'unique') arm.visited += count;
    if (group.metric === 'answer_read') arm.answerRead += count;
    if (REACHED_OUT.includes(group.metric)) arm.reachedOut += count;
    if (group.metric === 'conversation_start') arm.conversation += count;
    totals.set(group.arm, arm);
  }
  return totals;
}

async function answeredPerArm(db: Db, wave: string): Promise<Map<string, number>> {
  const groups = await db.contactRequest.groupBy({
    by: ['arm'],
    where: { wave, arm: { not: '' }, ...ANSWERED_WHERE },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.arm, group._count._all]));
}

type WaveWithArms = Awaited<ReturnType<typeof loadWaves>>[number];

function loadWaves(db: Db, where: { id?: string } = {}) {
  return db.wave.findMany({
    where,
    orderBy: [{ sentOn: 'desc' }, { code: 'asc' }],
  });
}

function summary(wave: WaveWithArms, arms: { code: string; label: string }[]): ExperimentSummary {
  return {
    id: wave.id,
    code: wave.code,
    name: wave.name,
    sentOn: wave.sentOn,
    arms,
    primaryMeasure: isPrimaryMeasure(wave.primaryMeasure) ? wave.primaryMeasure : null,
    markedSent: wave.markedSentAt !== null,
    finished: wave.closed,
  };
}

/** Waves with 2 or more arms, newest first. */
export async function getExperiments(
  session: StaffSession | null,
  db: Db = getDb(),
): Promise<ExperimentSummary[]> {
  authorize(session, canViewDashboard, 'experiments');
  const [waves, arms] = await Promise.all([
    loadWaves(db),
    db.waveArm.findMany({ orderBy: [{ waveId: 'asc' }, { position: 'asc' }] }),
  ]);
  return waves
    .map((wave) =>
      summary(
        wave,
        arms.filter((arm) => arm.waveId === wave.id),
      ),
    )
    .filter((experiment) => experiment.arms.length >= 2);
}

const PRIMARY_OF: Record<PrimaryMeasure, keyof Totals> = {
  visited: 'visited',
  reachedOut: 'reachedOut',
  conversation: 'conversation',
};

/** One experiment: its plan, per arm the funnel with intervals, and the verdict on the primary measure. */
export async function getExperimentResult(
  session: StaffSession | null,
  waveId: string,
  db: Db = getDb(),
): Promise<ExperimentResult | null> {
  authorize(session, canViewDashboard, 'experiments');
  return computeExperimentResult(db, waveId);
}

/**
 * The computation behind {@link getExperimentResult}, without a permission check: for callers that checked one
 * already, or that publish only what the public research page may show (lib/server/experiments/public-research.ts).
 */
export async function computeExperimentResult(db: Db, waveId: string): Promise<ExperimentResult | null> {
  const [wave] = await loadWaves(db, { id: waveId });
  if (!wave) return null;
  const armRows = await db.waveArm.findMany({ where: { waveId }, orderBy: { position: 'asc' } });
  if (armRows.length < 2) return null;
  const [counts, answered] = await Promise.all([countsPerArm(db, wave.code), answeredPerArm(db, wave.code)]);
  const measure = isPrimaryMeasure(wave.primaryMeasure) ? wave.primaryMeasure : null;
  const plan =
    measure && wave.baselinePercent !== null && wave.minDifferencePoints !== null
      ? {
          measure,
          baselinePercent: wave.baselinePercent,
          differencePoints: wave.minDifferencePoints,
          perArm: sampleSizePerArm({
            baseline: wave.baselinePercent / 100,
            difference: wave.minDifferencePoints / 100,
          }),
        }
      : null;
  const arms: ArmResult[] = armRows.map((arm) => {
    const totals = counts.get(arm.code) ?? { visited: 0, reachedOut: 0, conversation: 0, answerRead: 0 };
    const steps = [
      { key: 'visited', count: totals.visited },
      { key: 'reachedOut', count: totals.reachedOut },
      { key: 'answered', count: answered.get(arm.code) ?? 0 },
      { key: 'answerRead', count: totals.answerRead },
    ];
    return {
      code: arm.code,
      label: arm.label,
      channelOrder: arm.channelOrder,
      sent: arm.sent,
      funnel: arm.sent === null ? null : funnelEstimates(steps, arm.sent),
      primary: measure ? totals[PRIMARY_OF[measure]] : 0,
    };
  });
  const ready = plan?.perArm && arms.every((arm) => arm.sent !== null && arm.primary <= arm.sent);
  // An SMS wave is sent all at once, so whether it reaches the planned size is known before any outcome: a wave that
  // does is judged by the test at that size; one that does not can still end early by Miller's rule, whose N is
  // fixed by the plan (both arms at the planned size, at the expected share). Neither choice looks at the results.
  const reachesPlan = arms.every((arm) => (arm.sent ?? 0) >= (plan?.perArm ?? Infinity));
  const rule = reachesPlan ? ('planned-size-test' as const) : ('sequential-rule' as const);
  const verdict =
    plan && plan.perArm && ready
      ? experimentVerdict({
          arms: arms.map((arm) => ({ code: arm.code, sent: arm.sent ?? 0, successes: arm.primary })),
          plannedPerArm: plan.perArm,
          ...(reachesPlan
            ? {}
            : { plannedSuccesses: Math.max(1, Math.round(plan.perArm * 2 * (plan.baselinePercent / 100))) }),
        })
      : null;
  return {
    wave: { ...summary(wave, armRows), recipients: wave.recipients },
    plan,
    arms,
    verdict,
    rule,
    suppressed: arms.some((arm) => isSmallCount(arm.primary)),
  };
}

/** Arm labels used in more than one wave: those that can be pooled. */
export async function getPoolableLabels(session: StaffSession | null, db: Db = getDb()): Promise<string[]> {
  authorize(session, canViewDashboard, 'experiments');
  const arms = await db.waveArm.findMany({ select: { label: true, waveId: true } });
  const waves = new Map<string, Set<string>>();
  for (const arm of arms) waves.set(arm.label, (waves.get(arm.label) ?? new Set()).add(arm.waveId));
  return [...waves]
    .filter(([, ids]) => ids.size > 1)
    .map(([label]) => label)
    .sort((a, b) => a.localeCompare(b));
}

export interface PooledComparison {
  measure: PrimaryMeasure;
  labelA: string;
  labelB: string;
  /** The waves that had both labels and delivered counts for both. */
  waves: { code: string; name: string; suppressed: boolean }[];
  difference: PooledDifference | null;
  test: CmhTest | null;
  /** Some wave's count is 1 to 4: the pooled figures still show (they are over all waves), that wave's do not. */
  anySmall: boolean;
}

/**
 * Arms labelled A against arms labelled B over every wave that had both, stratified by wave (Mantel–Haenszel), so
 * a difference between waves (another town, another month) is not mistaken for a difference between the arms.
 */
export async function getPooledComparison(
  session: StaffSession | null,
  { measure, labelA, labelB }: { measure: PrimaryMeasure; labelA: string; labelB: string },
  db: Db = getDb(),
): Promise<PooledComparison> {
  authorize(session, canViewDashboard, 'experiments');
  const arms = await db.waveArm.findMany({ where: { label: { in: [labelA, labelB] } } });
  const waves = await db.wave.findMany({
    where: { id: { in: [...new Set(arms.map((arm) => arm.waveId))] } },
    orderBy: { sentOn: 'asc' },
  });
  const strata = [];
  const used = [];
  for (const wave of waves) {
    const a = arms.find((arm) => arm.waveId === wave.id && arm.label === labelA);
    const b = arms.find((arm) => arm.waveId === wave.id && arm.label === labelB);
    if (!a || !b || a.sent === null || b.sent === null) continue;
    const counts = await countsPerArm(db, wave.code);
    const successes = (code: string) => counts.get(code)?.[PRIMARY_OF[measure]] ?? 0;
    const stratum = {
      a: { successes: Math.min(successes(a.code), a.sent), trials: a.sent },
      b: { successes: Math.min(successes(b.code), b.sent), trials: b.sent },
    };
    strata.push(stratum);
    used.push({
      code: wave.code,
      name: wave.name,
      suppressed: isSmallCount(stratum.a.successes) || isSmallCount(stratum.b.successes),
    });
  }
  return {
    measure,
    labelA,
    labelB,
    waves: used,
    difference: mantelHaenszelDifference(strata),
    test: cochranMantelHaenszelTest(strata),
    anySmall: used.some((wave) => wave.suppressed),
  };
}
