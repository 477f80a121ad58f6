/** Shift pressed this many times within the window leaves the page (GOV.UK's "Exit this page" pattern). */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5_000;

/**
 * The Shift presses that still count after one more at `now`, and whether they complete the sequence. Pure, so the
 * timing rule is tested without a browser.
 */
export function pressShift(previous: readonly number[], now: number): { presses: number[]; leave: boolean } {
  const presses = [...previous.filter((time) => now - time < SHIFT_WINDOW_MS), now];
  return presses.length >= SHIFT_PRESSES ? { presses: [], leave: true } : { presses, leave: false };
}
