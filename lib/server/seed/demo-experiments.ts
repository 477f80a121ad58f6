import 'server-only';
import { randomUUID } from 'node:crypto';
import { generateReferenceCode } from '@/lib/contact/reference-code';
import { amsterdamDay, floorToHour } from '@/lib/counting/time';
import { counterKey, type CounterKey } from '@/lib/counting/types';
import type { Db } from '@/lib/server/db';
import type { ChannelOrder, PrimaryMeasure } from '@/lib/waves/arms';

const DAY_MS = 86_400_000;

interface DemoArm {
  code: string;
  label: string;
  channelOrder: ChannelOrder;
  intros?: Record<string, string>;
  smsText: string;
  sent: number;
  /** Totals over the wave's days, spread over them by `spreadOverDays`. */
  visited: number;
  taps: number;
  requests: number;
  conversations: number;
  /** Requests and conversations the team answered (stored as closed requests without content). */
  answered: number;
  answerRead: number;
}

interface DemoExperiment {
  code: string;
  name: string;
  daysAgo: number;
  closed: boolean;
  plan: { measure: PrimaryMeasure; baselinePercent: number; differencePoints: number };
  arms: DemoArm[];
}

const SMS_CALL =
  'Politie Utrecht: je nummer stond in de telefoon van een drugsdealer die is opgepakt. Wil je hulp? Bel of kijk ' +
  'op {link}. Je nummer is alleen voor dit bericht gebruikt.';
const SMS_WRITE =
  'Politie Utrecht: je nummer stond in de telefoon van een drugsdealer die is opgepakt. Wil je hulp? Schrijf ons ' +
  'anoniem via {link}. Je nummer is alleen voor dit bericht gebruikt.';
const WRITE_INTROS = {
  nl: 'Je kreeg deze sms omdat je nummer in de telefoon van een dealer stond. Je hoeft niet te bellen. Schrijf ons, zonder naam.',
  en: 'You got this SMS because your number was in a dealer’s phone. You do not have to call. Write to us, without your name.',
};

/**
 * Two experiments for the demo: a finished one large enough for a verdict ("write first" reached more people), and
 * one still running, below its planned size (the results page says it is not final).
 */
export const DEMO_EXPERIMENTS: DemoExperiment[] = [
  {
    code: 'utr-n5w8',
    name: 'Utrecht Noord, proef bel of schrijf',
    daysAgo: 34,
    closed: true,
    plan: { measure: 'reachedOut', baselinePercent: 8, differencePoints: 5 },
    arms: [
      {
        code: 'utr-n5w8-b3k7',
        label: 'bel eerst',
        channelOrder: 'call-first',
        smsText: SMS_CALL,
        sent: 700,
        visited: 287,
        taps: 40,
        requests: 10,
        conversations: 6,
        answered: 12,
        answerRead: 4,
      },
      {
        code: 'utr-n5w8-s7q2',
        label: 'schrijf eerst',
        channelOrder: 'write-first',
        intros: WRITE_INTROS,
        smsText: SMS_WRITE,
        sent: 700,
        visited: 301,
        taps: 40,
        requests: 13,
        conversations: 52,
        answered: 55,
        answerRead: 31,
      },
    ],
  },
  {
    code: 'utr-r2t6',
    name: 'Utrecht Zuid, proef bel of schrijf',
    daysAgo: 6,
    closed: false,
    plan: { measure: 'visited', baselinePercent: 40, differencePoints: 10 },
    arms: [
      {
        code: 'utr-r2t6-d4m9',
        label: 'bel eerst',
        channelOrder: 'call-first',
        smsText: SMS_CALL,
        sent: 240,
        visited: 96,
        taps: 14,
        requests: 5,
        conversations: 3,
        answered: 6,
        answerRead: 0,
      },
      {
        code: 'utr-r2t6-p8h3',
        label: 'schrijf eerst',
        channelOrder: 'write-first',
        intros: WRITE_INTROS,
        smsText: SMS_WRITE,
        sent: 240,
        visited: 110,
        taps: 12,
        requests: 6,
        conversations: 21,
        answered: 19,
        answerRead: 9,
      },
    ],
  },
];

// Most visits come on the day of the SMS and the next, then a tail: the shape the dashboard shows for every wave.
const DAY_WEIGHTS = [0.56, 0.2, 0.11, 0.07, 0.06];

/** `total` over consecutive days by `weights`, in whole numbers that add up to exactly `total` (largest remainder). */
export function spreadOverDays(total: number, weights: readonly number[] = DAY_WEIGHTS): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const whole = exact.map(Math.floor);
  let left = total - whole.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => [value - Math.floor(value), index] as const)
    .sort((a, b) => b[0] - a[0]);
  for (const [, index] of order) {
    if (left <= 0) break;
    whole[index]! += 1;
    left -= 1;
  }
  return whole;
}

type CounterRow = CounterKey & { count: number };

/** The aggregate counters of the demo experiments, per day and arm, as counting would have stored them. */
export function demoExperimentCounters(now: Date): CounterRow[] {
  const rows: CounterRow[] = [];
  for (const experiment of DEMO_EXPERIMENTS) {
    const dayOf = (offset: number) =>
      amsterdamDay(new Date(now.getTime() - (experiment.daysAgo - offset) * DAY_MS));
    for (const arm of experiment.arms) {
      const add = (fields: Partial<CounterKey> & Pick<CounterKey, 'metric'>, total: number) =>
        spreadOverDays(total).forEach((count, offset) => {
          if (count > 0 && offset <= experiment.daysAgo)
            rows.push({
              ...counterKey({ ...fields, day: dayOf(offset), wave: experiment.code, arm: arm.code }),
              count,
            });
        });
      add(
        { metric: 'visit', via: 'wave', page: 'landing', locale: 'nl', device: 'phone' },
        Math.round(arm.visited * 1.3),
      );
      add({ metric: 'unique', via: 'wave' }, arm.visited);
      add({ metric: 'tap', channel: 'uitweg-line' }, arm.taps);
      add({ metric: 'request', audience: 'recipient', topic: 'exit' }, arm.requests);
      add({ metric: 'conversation_start', audience: 'recipient', topic: 'exit' }, arm.conversations);
      add({ metric: 'answer_read' }, arm.answerRead);
    }
  }
  return rows;
}

/** Waves, arms, counters and the answered (content-free, closed) requests of the demo experiments. */
export async function seedDemoExperiments(
  db: Db,
  { now, keyId, teamId }: { now: Date; keyId: string; teamId: string },
): Promise<number> {
  for (const experiment of DEMO_EXPERIMENTS) {
    const waveId = randomUUID();
    const sentAt = new Date(now.getTime() - experiment.daysAgo * DAY_MS);
    await db.wave.create({
      data: {
        id: waveId,
        code: experiment.code,
        name: experiment.name,
        locale: 'nl',
        sentOn: amsterdamDay(sentAt),
        recipients: experiment.arms.reduce((sum, arm) => sum + arm.sent, 0),
        smsText: SMS_CALL,
        closed: experiment.closed,
        primaryMeasure: experiment.plan.measure,
        baselinePercent: experiment.plan.baselinePercent,
        minDifferencePoints: experiment.plan.differencePoints,
        markedSentAt: floorToHour(sentAt),
      },
    });
    await db.waveArm.createMany({
      data: experiment.arms.map((arm, position) => ({
        id: randomUUID(),
        waveId,
        code: arm.code,
        label: arm.label,
        position,
        smsText: arm.smsText,
        intros: JSON.stringify(arm.intros ?? {}),
        channelOrder: arm.channelOrder,
        sent: arm.sent,
      })),
    });
    const hour = new Date(floorToHour(sentAt).getTime() + 2 * 3_600_000);
    await db.contactRequest.createMany({
      data: experiment.arms.flatMap((arm) =>
        Array.from({ length: arm.answered }, () => ({
          id: randomUUID(),
          reference: generateReferenceCode(),
          audience: 'recipient',
          topic: 'exit',
          wave: experiment.code,
          arm: arm.code,
          // Content-free stand-ins for what was answered, long since closed: no message, no key, no contact.
          reach: 'none',
          status: 'closed',
          teamId,
          keyId,
          receivedAt: hour,
          updatedAt: hour,
          closedAt: hour,
          firstAnsweredAt: hour,
        })),
      ),
    });
  }
  await db.dailyCounter.createMany({ data: demoExperimentCounters(now) });
  return DEMO_EXPERIMENTS.length;
}
