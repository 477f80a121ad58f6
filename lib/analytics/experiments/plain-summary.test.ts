import { describe, expect, it } from 'vitest';
import { type PlainSummaryArm, plainExperimentSummary, plainShare } from './plain-summary';
import { experimentVerdict } from './verdict';

const SMS_CALL = 'Wil je hulp? Bel of kijk op {link}.';
const SMS_WRITE = 'Wil je hulp? Schrijf ons via {link}.';

function arm(
  code: string,
  label: string,
  sent: number | null,
  primary: number,
  extra: Partial<PlainSummaryArm> = {},
) {
  return {
    code,
    label,
    channelOrder: 'call-first',
    smsText: SMS_CALL,
    intros: {},
    sent,
    primary,
    ...extra,
  } as const;
}

function verdictFor(arms: ReturnType<typeof arm>[], plannedPerArm: number) {
  return experimentVerdict({
    arms: arms.map((entry) => ({ code: entry.code, sent: entry.sent ?? 0, successes: entry.primary })),
    plannedPerArm,
  });
}

const call = arm('a-1', 'bel eerst', 700, 56);
const write = arm('a-2', 'schrijf eerst', 700, 105, {
  channelOrder: 'write-first',
  smsText: SMS_WRITE,
  intros: { nl: 'Schrijf ons, zonder naam.', en: 'Write to us, without your name.' },
});

describe('plainExperimentSummary', () => {
  it('says which group reached more people when the verdict found a difference, with whole percentages', () => {
    const summary = plainExperimentSummary({
      sentOn: '2026-10-26',
      measure: 'reachedOut',
      arms: [call, write],
      verdict: verdictFor([call, write], 589),
    });
    expect(summary).toEqual({
      month: '2026-10',
      measure: 'reachedOut',
      differences: ['smsText', 'intro', 'channelOrder'],
      arms: [
        { label: 'bel eerst', channelOrder: 'call-first', share: { kind: 'percent', percent: 8 } },
        { label: 'schrijf eerst', channelOrder: 'write-first', share: { kind: 'percent', percent: 15 } },
      ],
      lessons: [{ kind: 'difference', higher: 'schrijf eerst', lower: 'bel eerst' }],
    });
  });

  it('names the control as the higher one when the other arm did worse', () => {
    const arms = [write, call].map((entry, index) => ({ ...entry, code: `c-${index}` }));
    const summary = plainExperimentSummary({
      sentOn: '2026-10-26',
      measure: 'reachedOut',
      arms,
      verdict: verdictFor(arms, 589),
    });
    expect(summary.lessons).toEqual([{ kind: 'difference', higher: 'schrijf eerst', lower: 'bel eerst' }]);
  });

  it('says there was no clear difference only when the verdict is final and found none', () => {
    const a = arm('n-1', 'kort', 700, 60);
    const b = arm('n-2', 'lang', 700, 63, { smsText: SMS_WRITE });
    const summary = plainExperimentSummary({
      sentOn: '2026-03-02',
      measure: 'visited',
      arms: [a, b],
      verdict: verdictFor([a, b], 600),
    });
    expect(summary.differences).toEqual(['smsText']);
    expect(summary.lessons).toEqual([{ kind: 'no-difference', control: 'kort', arm: 'lang' }]);
  });

  it('claims nothing for a comparison that is not final, or without a verdict', () => {
    // Below the planned size, and no sequential rule: "not final", however large the gap looks.
    const a = arm('f-1', 'bel eerst', 100, 8);
    const b = arm('f-2', 'schrijf eerst', 100, 30, { channelOrder: 'write-first' });
    const verdict = verdictFor([a, b], 589);
    expect(verdict.comparisons[0]!.status).toBe('not-final');
    const summary = plainExperimentSummary({
      sentOn: '2026-05-10',
      measure: 'reachedOut',
      arms: [a, b],
      verdict,
    });
    expect(summary.differences).toEqual(['channelOrder']);
    expect(summary.lessons).toEqual([{ kind: 'no-conclusion', control: 'bel eerst', arm: 'schrijf eerst' }]);

    const none = plainExperimentSummary({
      sentOn: '2026-05-10',
      measure: 'reachedOut',
      arms: [a, b],
      verdict: null,
    });
    expect(none.lessons).toEqual([{ kind: 'no-conclusion', control: 'bel eerst', arm: 'schrijf eerst' }]);
  });

  it('gives no share for a count of 1 to 4, and no count anywhere', () => {
    const a = arm('s-1', 'bel eerst', 700, 3);
    const b = arm('s-2', 'schrijf eerst', 700, 40, { channelOrder: 'write-first' });
    const c = arm('s-3', 'app eerst', 700, 0, { smsText: SMS_WRITE });
    const summary = plainExperimentSummary({
      sentOn: '2026-05-10',
      measure: 'conversation',
      arms: [a, b, c],
      verdict: experimentVerdict({
        arms: [a, b, c].map((entry) => ({ code: entry.code, sent: 700, successes: entry.primary })),
        plannedPerArm: 600,
      }),
    });
    expect(summary.arms.map((entry) => entry.share)).toEqual([
      { kind: 'fewerThanFive' },
      { kind: 'percent', percent: 6 },
      { kind: 'percent', percent: 0 },
    ]);
    expect(summary.lessons).toHaveLength(2);
    // Neither the counts (3, 40, 0 of 700) nor the delivered numbers are passed on.
    const text = JSON.stringify(summary);
    expect(text).not.toMatch(/\b(3|40|700)\b/);
    expect(text).not.toContain('"sent"');
    expect(text).not.toContain('"primary"');
  });

  it('rounds shares to whole per cent and has none without delivered messages', () => {
    expect(plainShare(5, 700)).toEqual({ kind: 'percent', percent: 1 });
    expect(plainShare(7, 200)).toEqual({ kind: 'percent', percent: 4 });
    expect(plainShare(4, 700)).toEqual({ kind: 'fewerThanFive' });
    expect(plainShare(1, 2)).toEqual({ kind: 'fewerThanFive' });
    expect(plainShare(0, 700)).toEqual({ kind: 'percent', percent: 0 });
    expect(plainShare(10, null)).toEqual({ kind: 'unknown' });
    expect(plainShare(0, 0)).toEqual({ kind: 'unknown' });
  });

  it('sees no difference in introductions that differ only in order or surrounding space', () => {
    const a = arm('i-1', 'een', 700, 50, { intros: { nl: 'Hallo.', en: 'Hello.' } });
    const b = arm('i-2', 'twee', 700, 50, {
      intros: { en: ' Hello.', nl: 'Hallo. ' },
      channelOrder: 'write-first',
    });
    const summary = plainExperimentSummary({
      sentOn: '2026-05-10',
      measure: 'visited',
      arms: [a, b],
      verdict: null,
    });
    expect(summary.differences).toEqual(['channelOrder']);
  });
});
