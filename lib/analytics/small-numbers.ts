/** What a suppressed count reads as, in exports and (in privacy mode) on screen. */
export const SMALL_NUMBER_TEXT = '< 5';

/** In exports: a count of 5 or more, hidden so that a "< 5" beside it cannot be worked out by subtraction. */
export const HIDDEN_COUNT_TEXT = 'x';

/** Counts from 1 to 4 could single out a person in a small wave; 0 and 5+ are safe to show. */
export function isSmallCount(value: number): boolean {
  return value >= 1 && value <= 4;
}

/** The count as text, with 1 to 4 replaced by "< 5" when suppression applies. */
export function displayCount(value: number, suppress: boolean, format: (value: number) => string = String) {
  return suppress && isSmallCount(value) ? SMALL_NUMBER_TEXT : format(value);
}
