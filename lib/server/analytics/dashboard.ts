import 'server-only';
import { canViewDashboard, type StaffSession } from '@/lib/auth/permissions';
import { change, type Change } from '@/lib/analytics/change';
import {
  publishableReplyFigures,
  type PublishedTeamReplies,
  teamReplyFigures,
} from '@/lib/analytics/conversations';
import { daysBetween } from '@/lib/analytics/days';
import { funnel, type FunnelStep } from '@/lib/analytics/funnel';
import { type DayRange, type RangeInput, resolveRange, type ResolvedRange } from '@/lib/analytics/range';
import {
  breakdown,
  dailySeries,
  type DayPoint,
  perDay,
  type Slice,
  tapsByKind,
  type TotalRow,
  totalsOf,
  totalsPerWave,
} from '@/lib/analytics/rollup';
import { CONVERSATION_REACH } from '@/lib/auth/request-status';
import { amsterdamDay } from '@/lib/counting/time';
import { authorize } from '@/lib/server/admin/authorize';
import { getDb, type Db } from '@/lib/server/db';
import { ALWAYS_AVAILABLE } from '@/lib/server/helplines/fallbacks';
import { instantsOf } from './day-bounds';
import { getPrivacyMode } from './privacy-mode';

const HEADLINE_METRICS = ['visit', 'unique', 'tap', 'request', 'quick_exit', 'answer_read'];
const ANSWERED = ['answered', 'closed'];
// A conversation counts as answered once the team wrote back, whatever its status now (even deleted by the person).
const ANSWERED_WHERE = { OR: [{ status: { in: ANSWERED } }, { firstAnsweredAt: { not: null } }] };

export interface DashboardQuery extends RangeInput {
  /** Wave codes to restrict to; empty means all traffic. */
  waves?: string[];
}

export interface WaveOption {
  code: string;
  name: string;
  sentOn: string;
  closed: boolean;
}

export interface Headline {
  visits: Change;
  uniqueSum: Change;
  uniquePerDay: Change;
  taps: Change;
  tapsByKind: { kind: string; count: number }[];
  requests: Change;
  answered: Change;
  quickExits: Change;
}

export interface WaveRow {
  code: string;
  name: string;
  sentOn: string;
  recipients: number;
  visits: number;
  uniqueSum: number;
  taps: number;
  requests: number;
  answered: number;
  answerRead: number;
  funnel: FunnelStep[];
}

export interface DashboardData {
  range: ResolvedRange;
  waves: WaveOption[];
  chosenWaves: string[];
  privacyMode: boolean;
  headline: Headline;
  overallFunnel: FunnelStep[];
  perWave: WaveRow[];
  series: DayPoint[];
  tapsByChannel: Slice[];
  /** Channel id → label per language, for the taps chart. */
  channelNames: Record<string, { nl: string; en: string }>;
  requestsByTopic: Slice[];
  requestsByAudience: Slice[];
  visitsByLocale: Slice[];
  visitsByDevice: Slice[];
  /** Per team: how quickly conversations started in the range got a first answer (teams with 1 to 4 suppressed). */
  teamReplies: PublishedTeamReplies[];
}

const sumOf = (value: { _sum: { count: number | null } }) => value._sum.count ?? 0;

function waveWhere(waves: string[]) {
  return waves.length > 0 ? { wave: { in: waves } } : {};
}

async function totalRows(db: Db, range: DayRange, waves: string[]): Promise<TotalRow[]> {
  const groups = await db.dailyCounter.groupBy({
    by: ['metric', 'wave', 'via', 'channel'],
    where: { day: { gte: range.from, lte: range.to }, metric: { in: HEADLINE_METRICS }, ...waveWhere(waves) },
    _sum: { count: true },
  });
  return groups.map((group) => ({ ...group, count: sumOf(group) }));
}

async function answeredPerWave(db: Db, range: DayRange, waves: string[]): Promise<Map<string, number>> {
  const groups = await db.contactRequest.groupBy({
    by: ['wave'],
    where: { ...ANSWERED_WHERE, receivedAt: instantsOf(range), ...waveWhere(waves) },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.wave, group._count._all]));
}

/** The reply figures per team of the conversations started in the range: hour-rounded timestamps only. */
async function teamReplies(
  db: Db,
  range: DayRange,
  waves: string[],
  now: Date,
): Promise<PublishedTeamReplies[]> {
  const [rows, teams] = await Promise.all([
    db.contactRequest.findMany({
      where: { reach: CONVERSATION_REACH, receivedAt: instantsOf(range), ...waveWhere(waves) },
      select: { teamId: true, receivedAt: true, firstAnsweredAt: true },
    }),
    db.team.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, replyWithinDays: true } }),
  ]);
  return publishableReplyFigures(teamReplyFigures(rows, teams, now));
}

const total = (map: Map<string, number>) => [...map.values()].reduce((sum, count) => sum + count, 0);

/** The uptake dashboard for a date range and (optionally) some waves: daily aggregate rows only, never a visit. */
export async function getDashboard(
  session: StaffSession | null,
  query: DashboardQuery,
  { db = getDb(), now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<DashboardData> {
  authorize(session, canViewDashboard, 'dashboard');
  const [waveRows, helplines, privacyMode] = await Promise.all([
    db.wave.findMany({ orderBy: [{ sentOn: 'desc' }, { code: 'asc' }] }),
    db.helpline.findMany({ select: { id: true, kind: true, labelNl: true, labelEn: true } }),
    getPrivacyMode(db),
  ]);
  const known = new Set(waveRows.map((wave) => wave.code));
  const chosenWaves = [...new Set(query.waves ?? [])].filter((code) => known.has(code)).sort();
  const chosenRows = waveRows.filter((wave) => chosenWaves.includes(wave.code));
  const waveStart =
    chosenRows.length > 0
      ? chosenRows.map((wave) => wave.sentOn).reduce((a, b) => (a < b ? a : b))
      : (waveRows[0]?.sentOn ?? null);
  const range = resolveRange(query, amsterdamDay(now), waveStart);
  const inRange = { day: { gte: range.from, lte: range.to }, ...waveWhere(chosenWaves) };

  const [current, previous, answeredNow, answeredBefore, seriesRows, requestRows, visitRows, replies] =
    await Promise.all([
      totalRows(db, range, chosenWaves),
      totalRows(db, range.previous, chosenWaves),
      answeredPerWave(db, range, chosenWaves),
      answeredPerWave(db, range.previous, chosenWaves),
      db.dailyCounter.groupBy({
        by: ['day', 'metric'],
        where: { ...inRange, metric: { in: ['visit', 'tap', 'request'] } },
        _sum: { count: true },
      }),
      db.dailyCounter.groupBy({
        by: ['audience', 'topic'],
        where: { ...inRange, metric: 'request' },
        _sum: { count: true },
      }),
      db.dailyCounter.groupBy({
        by: ['locale', 'device'],
        where: { ...inRange, metric: 'visit' },
        _sum: { count: true },
      }),
      teamReplies(db, range, chosenWaves, now),
    ]);

  const kinds = new Map<string, string>([
    ['primary', 'phone'],
    ...ALWAYS_AVAILABLE.map((line): [string, string] => [line.id, line.kind]),
    ...helplines.map((line): [string, string] => [line.id, line.kind]),
  ]);
  const currentTotals = totalsOf(current, chosenWaves);
  const before = totalsOf(previous, chosenWaves);
  const answered = total(answeredNow);

  const listed = chosenWaves.length > 0 ? chosenRows : waveRows.filter((wave) => wave.sentOn <= range.to);
  const perWaveTotals = totalsPerWave(
    current,
    listed.map((wave) => wave.code),
  );
  const perWave = listed.map((wave): WaveRow => {
    const totals = perWaveTotals.get(wave.code)!;
    const waveAnswered = answeredNow.get(wave.code) ?? 0;
    return {
      code: wave.code,
      name: wave.name,
      sentOn: wave.sentOn,
      recipients: wave.recipients,
      visits: totals.visits,
      uniqueSum: totals.uniqueSum,
      taps: totals.taps,
      requests: totals.requests,
      answered: waveAnswered,
      answerRead: totals.answerRead,
      funnel: funnel({
        recipients: wave.recipients,
        visited: totals.uniqueSum,
        reachedOut: totals.taps + totals.requests,
        answered: waveAnswered,
        answerRead: totals.answerRead,
      }),
    };
  });
  const waveSum = (pick: (row: WaveRow) => number) => perWave.reduce((sum, row) => sum + pick(row), 0);

  return {
    range,
    waves: waveRows.map(({ code, name, sentOn, closed }) => ({ code, name, sentOn, closed })),
    chosenWaves,
    privacyMode,
    headline: {
      visits: change(currentTotals.visits, before.visits),
      uniqueSum: change(currentTotals.uniqueSum, before.uniqueSum),
      uniquePerDay: change(perDay(currentTotals.uniqueSum, range.days), perDay(before.uniqueSum, range.days)),
      taps: change(currentTotals.taps, before.taps),
      tapsByKind: [...tapsByKind(currentTotals.tapsByChannel, (id) => kinds.get(id))].map(
        ([kind, count]) => ({
          kind,
          count,
        }),
      ),
      requests: change(currentTotals.requests, before.requests),
      answered: change(answered, total(answeredBefore)),
      quickExits: change(currentTotals.quickExits, before.quickExits),
    },
    overallFunnel: funnel({
      recipients: waveSum((row) => row.recipients),
      visited: waveSum((row) => row.uniqueSum),
      reachedOut: waveSum((row) => row.taps + row.requests),
      answered: waveSum((row) => row.answered),
      answerRead: waveSum((row) => row.answerRead),
    }),
    perWave,
    series: dailySeries(
      daysBetween(range.from, range.to),
      seriesRows.map((row) => ({ day: row.day, metric: row.metric, count: sumOf(row) })),
    ),
    channelNames: Object.fromEntries([
      ...ALWAYS_AVAILABLE.map((line) => [line.id, line.label]),
      ...helplines.map((line) => [line.id, { nl: line.labelNl, en: line.labelEn }]),
    ]),
    tapsByChannel: breakdown([...currentTotals.tapsByChannel].map(([key, count]) => ({ key, count }))),
    requestsByTopic: breakdown(requestRows.map((row) => ({ key: row.topic, count: sumOf(row) }))),
    requestsByAudience: breakdown(requestRows.map((row) => ({ key: row.audience, count: sumOf(row) }))),
    visitsByLocale: breakdown(visitRows.map((row) => ({ key: row.locale, count: sumOf(row) }))),
    visitsByDevice: breakdown(visitRows.map((row) => ({ key: row.device, count: sumOf(row) }))),
    teamReplies: replies,
  };
}
