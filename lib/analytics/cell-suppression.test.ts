import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CellGroup, type CellState, readerRanges, suppressCells } from './cell-suppression';

/** One group: the members, then their total as the last cell. */
function oneGroup(members: number[]): { values: number[]; groups: CellGroup[] } {
  const total = members.reduce((sum, value) => sum + value, 0);
  return {
    values: [...members, total],
    groups: [{ total: members.length, members: members.map((_, index) => index) }],
  };
}

/**
 * The attacker, written apart from the code under test: can `cell` hold `value`, given every shown count, every
 * sum, "< 5" meaning 1 to 4 and a hidden count meaning 5 or more when it is (1 or more when a small total had to be
 * hidden), at most `cap`? A depth-first search over the cells that are not shown, which fills in any cell that is
 * the last unknown of a group.
 */
function feasible(
  values: readonly number[],
  states: readonly CellState[],
  groups: readonly CellGroup[],
  cap: number,
  cell: number,
  value: number,
): boolean {
  const hiddenMin = (index: number) => (values[index]! >= 5 ? 5 : 1);
  const known: (number | undefined)[] = states.map((state, index) =>
    state === 'shown' ? values[index] : undefined,
  );
  const fits = (index: number, candidate: number) =>
    states[index] === 'small'
      ? candidate >= 1 && candidate <= 4
      : candidate >= (states[index] === 'unprinted' ? 0 : hiddenMin(index)) && candidate <= cap;
  if (!fits(cell, value)) return false;
  known[cell] = value;

  const search = (assigned: (number | undefined)[]): boolean => {
    const next = assigned.slice();
    // Fill in what the sums force, until nothing more is forced; refuse contradictions.
    for (let changed = true; changed;) {
      changed = false;
      for (const { total, members } of groups) {
        const cells = [total, ...members];
        const unknown = cells.filter((index) => next[index] === undefined);
        const sum = members.reduce((acc, index) => acc + (next[index] ?? 0), 0);
        if (unknown.length === 0) {
          if (sum !== next[total]) return false;
        } else if (unknown.length === 1) {
          const only = unknown[0]!;
          const forced = only === total ? sum : next[total]! - sum;
          if (!fits(only, forced)) return false;
          next[only] = forced;
          changed = true;
        }
      }
    }
    const open = next.findIndex((entry) => entry === undefined);
    if (open === -1) return true;
    const [from, to] =
      states[open] === 'small' ? [1, 4] : [states[open] === 'unprinted' ? 0 : hiddenMin(open), cap];
    for (let candidate = from; candidate <= to; candidate += 1) {
      next[open] = candidate;
      if (search(next)) return true;
    }
    return false;
  };
  return search(known);
}

function possibleValues(
  values: readonly number[],
  states: readonly CellState[],
  groups: readonly CellGroup[],
  cap: number,
  cell: number,
): number[] {
  const [from, to] = states[cell] === 'small' ? [1, 4] : [values[cell]! >= 5 ? 5 : 1, cap];
  const possible: number[] = [];
  for (let value = from; value <= to; value += 1) {
    if (feasible(values, states, groups, cap, cell, value)) possible.push(value);
  }
  return possible;
}

/**
 * Nested totals, shaped like the CSV and the monthly report: groups of counts, each with its subtotal, and the
 * subtotals with a grand total (shown elsewhere, so it cannot be hidden, when `grandFixed`).
 */
function nested(blocks: number[][], grandFixed: boolean) {
  const values = blocks.flat();
  const groups: CellGroup[] = [];
  let at = 0;
  const subtotals = blocks.map((block) => {
    const members = block.map((_, index) => at + index);
    at += block.length;
    values.push(block.reduce((sum, value) => sum + value, 0));
    groups.push({ total: values.length - 1, members });
    return values.length - 1;
  });
  values.push(blocks.flat().reduce((sum, value) => sum + value, 0));
  const grand = values.length - 1;
  groups.push({ total: grand, members: subtotals });
  return { values, groups, fixed: new Set(grandFixed ? [grand] : []) };
}

describe('suppressCells', () => {
  it('shows 0 and 5+ and marks 1 to 4 small when no sum gives them away', () => {
    const table = oneGroup([0, 2, 3, 9]);
    // 2 and 3 are both small: the total 14 and the 9 say only that they add up to 5.
    expect(suppressCells(table).states).toEqual(['shown', 'small', 'small', 'shown', 'shown']);
  });

  it('hides a second member, not the total, where one small cell and its total are shown (2 = 9 - 7)', () => {
    const { states, exposed } = suppressCells(oneGroup([2, 7]));
    expect(states).toEqual(['small', 'hidden', 'shown']);
    expect(exposed).toEqual([]);
  });

  it('hides the smallest other member that protects the small cell', () => {
    const { states } = suppressCells(oneGroup([12, 0, 3, 8, 30]));
    expect(states).toEqual(['shown', 'shown', 'small', 'hidden', 'shown', 'shown']);
  });

  it('hides the total only where hiding a member still gives the small cell away (1 = 6 - "5 or more")', () => {
    const { states } = suppressCells(oneGroup([1, 5]));
    expect(states).toEqual(['small', 'shown', 'hidden']);
    const ranges = readerRanges([1, 5, 6], states, [{ total: 2, members: [0, 1] }]);
    expect(ranges[0]).toEqual({ lo: 1, hi: 4 });
  });

  it('hides the total of small cells that could only all be 1', () => {
    const { states } = suppressCells(oneGroup([1, 1, 1, 1, 1]));
    expect(states).toEqual(['small', 'small', 'small', 'small', 'small', 'hidden']);
  });

  it('hides even a small total when its members could only all be 1 (4 rows, "< 5" in all)', () => {
    const { states } = suppressCells(oneGroup([1, 1, 1, 1]));
    expect(states).toEqual(['small', 'small', 'small', 'small', 'hidden']);
  });

  it('hides a small subtotal that its own members pin down, rather than reporting it exposed', () => {
    // Found by the property below: four rows of 1 make a subtotal of 4, beside an empty block, so the grand total
    // is 4 as well; hiding the grand total cannot free the subtotal (its members still add up to at least 4).
    const table = nested([[1, 1, 1, 1], [0]], false);
    const { states, exposed } = suppressCells(table);
    expect(exposed).toEqual([]);
    expect(states[5]).toBe('hidden');
    // The grand total is then pinned the same way (at least 4, and "< 5"), so it goes too.
    expect(states[7]).toBe('hidden');
  });

  it('reports the cells no suppression can protect, because their total is shown elsewhere', () => {
    const table = oneGroup([1, 1, 1, 1, 1]);
    const { states, exposed } = suppressCells({ ...table, fixed: new Set([5]) });
    expect(exposed).toEqual([0, 1, 2, 3, 4]);
    expect(states[5]).toBe('shown');
  });

  it('protects across groups: a cell hidden in one group may be given away by another', () => {
    // 2 | 7 → 9, and 7 is also the whole of a day shown elsewhere: hiding 7 alone does not protect the 2.
    const values = [2, 7, 9, 7];
    const groups = [
      { total: 2, members: [0, 1] },
      { total: 3, members: [1] },
    ];
    const { states } = suppressCells({ values, groups, fixed: new Set([3]) });
    expect(states.slice(0, 3)).toEqual(['small', 'shown', 'hidden']);
    expect(readerRanges(values, states, groups)[0]).toEqual({ lo: 1, hi: 4 });
  });

  it('works out unprinted sums from the groups they are in (contacts = taps + requests)', () => {
    // Days of 3 and 8 contacts; the month's taps (6) and requests (5) are shown, contacts (11) are not printed.
    const values = [3, 8, 11, 6, 5];
    const groups = [
      { total: 2, members: [0, 1] },
      { total: 2, members: [3, 4] },
    ];
    const { states } = suppressCells({ values, groups, fixed: new Set([3, 4]), unprinted: new Set([2]) });
    expect(states).toEqual(['small', 'hidden', 'unprinted', 'shown', 'shown']);
    expect(readerRanges(values, states, groups)[0]).toEqual({ lo: 1, hi: 4 });
  });

  it('leaves no "< 5" that an exact attacker can work out, in any table of nested totals', () => {
    const count = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 12 }));
    const tables = fc.record({
      blocks: fc.array(fc.array(count, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
      grandFixed: fc.boolean(),
    });
    fc.assert(
      fc.property(tables, ({ blocks, grandFixed }) => {
        const table = nested(blocks, grandFixed);
        const { states, exposed } = suppressCells(table);
        // No bound on a hidden count is known; this one is high enough to let every small cell take any of 1 to 4.
        const cap = table.values[table.values.length - 1]! + 4 * table.values.length;
        const ranges = readerRanges(table.values, states, table.groups);
        states.forEach((state, cell) => {
          if (state !== 'small') return;
          const possible = possibleValues(table.values, states, table.groups, cap, cell);
          expect(possible).toContain(table.values[cell]);
          // For nested totals, the quick reader of the code under test knows exactly what the search knows.
          expect(ranges[cell]).toEqual({ lo: possible[0], hi: possible.at(-1) });
          if (!exposed.includes(cell)) {
            expect(possible.length, `cell ${cell} of ${JSON.stringify(blocks)}`).toBeGreaterThan(1);
          }
        });
        // Only a grand total shown elsewhere can leave a small cell exposed.
        if (!grandFixed) expect(exposed).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('suppresses separate tables side by side exactly as it does each on its own', () => {
    // A CSV is many such tables (one per metric, wave and via); their reader's views share one working array.
    const count = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 12 }));
    const table = fc.array(fc.array(count, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(table, { minLength: 2, maxLength: 4 }), (tables) => {
        const parts = tables.map((blocks) => nested(blocks, false));
        const values: number[] = [];
        const groups: CellGroup[] = [];
        for (const part of parts) {
          const offset = values.length;
          values.push(...part.values);
          for (const group of part.groups)
            groups.push({ total: group.total + offset, members: group.members.map((cell) => cell + offset) });
        }
        const together = suppressCells({ values, groups });
        expect(together.states).toEqual(parts.flatMap((part) => suppressCells(part).states));
        expect(together.exposed).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
