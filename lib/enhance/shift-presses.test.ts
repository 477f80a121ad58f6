import { describe, expect, it } from 'vitest';
import { pressShift, SHIFT_WINDOW_MS } from './shift-presses';

describe('pressShift', () => {
  it('leaves on the third press within five seconds', () => {
    let state = pressShift([], 0);
    expect(state.leave).toBe(false);
    state = pressShift(state.presses, 1_000);
    expect(state).toEqual({ presses: [0, 1_000], leave: false });
    expect(pressShift(state.presses, 4_999).leave).toBe(true);
  });

  it('forgets presses older than the window', () => {
    const state = pressShift(pressShift([], 0).presses, 1_000);
    expect(pressShift(state.presses, SHIFT_WINDOW_MS + 1).presses).toEqual([1_000, SHIFT_WINDOW_MS + 1]);
    expect(pressShift(state.presses, SHIFT_WINDOW_MS + 1).leave).toBe(false);
  });
});
