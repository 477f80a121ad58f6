export interface FunnelInput {
  recipients: number;
  visited: number;
  reachedOut: number;
  answered: number;
  /** Conversations whose person came back and read an answer (counted once per conversation). */
  answerRead: number;
}

export interface FunnelStep {
  step: keyof FunnelInput;
  count: number;
  /** Percentage of the step before, one decimal; null for the first step or when the step before is 0. */
  percentOfPrevious: number | null;
}

const STEPS: (keyof FunnelInput)[] = ['recipients', 'visited', 'reachedOut', 'answered', 'answerRead'];

export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/**
 * Recipients → visited → reached out (tap or request) → answered → answer read (in a conversation), each as a share
 * of the step before.
 */
export function funnel(input: FunnelInput): FunnelStep[] {
  return STEPS.map((step, index) => {
    const before = index === 0 ? null : input[STEPS[index - 1]!];
    return {
      step,
      count: input[step],
      percentOfPrevious: before === null ? null : percentOf(input[step], before),
    };
  });
}
