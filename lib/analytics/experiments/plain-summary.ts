import { isSmallCount } from '@/lib/analytics/small-numbers';
import type { ChannelOrder, PrimaryMeasure } from '@/lib/waves/arms';
import type { Verdict } from './verdict';

/** An arm of a finished experiment, as the public research page may be told about it. */
export interface PlainSummaryArm {
  code: string;
  label: string;
  channelOrder: ChannelOrder;
  smsText: string;
  /** Locale → the introduction replacing the landing page's first paragraph; absent locales keep the default. */
  intros: Record<string, string>;
  /** Delivered, as the sender reported it; null until entered. */
  sent: number | null;
  /** The raw count of the primary measure: used for the share and the verdict, never passed on. */
  primary: number;
}

export interface PlainSummaryInput {
  /** The day the SMS went out, `YYYY-MM-DD`: only its month is passed on. */
  sentOn: string;
  measure: PrimaryMeasure;
  /** The first arm is the control every other arm was compared with. */
  arms: PlainSummaryArm[];
  verdict: Verdict | null;
}

/** What differed between the arms: the SMS itself, the landing page's first paragraph, or the order of the ways in. */
export type ArmDifference = 'smsText' | 'intro' | 'channelOrder';

export type PlainShare =
  /** The measure's share of the SMS the arm sent, in whole per cent. */
  | { kind: 'percent'; percent: number }
  /** 1 to 4 people: neither the count nor a share that would give it away. */
  | { kind: 'fewerThanFive' }
  /** Nothing was delivered (or it was not entered): no share to give. */
  | { kind: 'unknown' };

export interface PlainArm {
  label: string;
  channelOrder: ChannelOrder;
  share: PlainShare;
}

export type PlainLesson =
  /** The verdict found a difference: more people did the measured thing with `higher` than with `lower`. */
  | { kind: 'difference'; higher: string; lower: string }
  /** Final, and no clear difference between the two. */
  | { kind: 'no-difference'; control: string; arm: string }
  /** Nothing final can be said about these two. */
  | { kind: 'no-conclusion'; control: string; arm: string };

/** A finished experiment in facts the page words in its own language: no prose here, and no counts. */
export interface PlainExperiment {
  /** `YYYY-MM`: the month the SMS went out. */
  month: string;
  measure: PrimaryMeasure;
  /** In a fixed order; empty when the arms differ only in their link. */
  differences: ArmDifference[];
  arms: PlainArm[];
  /** One per comparison of an arm with the control, in arm order. */
  lessons: PlainLesson[];
}

function introsKey(intros: Record<string, string>): string {
  return JSON.stringify(
    Object.entries(intros)
      .map(([locale, text]) => [locale, text.trim()] as const)
      .filter(([, text]) => text !== '')
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

function differs<T>(arms: PlainSummaryArm[], key: (arm: PlainSummaryArm) => T): boolean {
  return new Set(arms.map(key)).size > 1;
}

export function plainShare(primary: number, sent: number | null): PlainShare {
  if (isSmallCount(primary)) return { kind: 'fewerThanFive' };
  if (sent === null || sent <= 0) return { kind: 'unknown' };
  return { kind: 'percent', percent: Math.min(100, Math.round((primary / sent) * 100)) };
}

/**
 * A finished experiment in plain facts for the public: what differed between the groups, what was measured, each
 * group's share in whole per cent (none for a count of 1 to 4, and never a count), and what was learned: a
 * difference only when the verdict found one, "no clear difference" only when it is final, otherwise nothing final.
 */
export function plainExperimentSummary({
  sentOn,
  measure,
  arms,
  verdict,
}: PlainSummaryInput): PlainExperiment {
  const differences: ArmDifference[] = [];
  if (differs(arms, (arm) => arm.smsText.trim())) differences.push('smsText');
  if (differs(arms, (arm) => introsKey(arm.intros))) differences.push('intro');
  if (differs(arms, (arm) => arm.channelOrder)) differences.push('channelOrder');

  const labelOf = new Map(arms.map((arm) => [arm.code, arm.label]));
  const [control, ...others] = arms;
  const lessons: PlainLesson[] = others.map((arm): PlainLesson => {
    const comparison = verdict?.comparisons.find((entry) => entry.arm === arm.code);
    const controlLabel = labelOf.get(comparison?.control ?? control?.code ?? '') ?? control?.label ?? '';
    if (comparison?.status === 'difference' && comparison.higher) {
      const [higher, lower] =
        comparison.higher === 'arm' ? [arm.label, controlLabel] : [controlLabel, arm.label];
      return { kind: 'difference', higher, lower };
    }
    if (comparison?.status === 'no-difference') {
      return { kind: 'no-difference', control: controlLabel, arm: arm.label };
    }
    return { kind: 'no-conclusion', control: controlLabel, arm: arm.label };
  });

  return {
    month: sentOn.slice(0, 7),
    measure,
    differences,
    arms: arms.map((arm) => ({
      label: arm.label,
      channelOrder: arm.channelOrder,
      share: plainShare(arm.primary, arm.sent),
    })),
    lessons,
  };
}
