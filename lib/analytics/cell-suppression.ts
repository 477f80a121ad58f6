import { isSmallCount } from './small-numbers';

/**
 * A table of counts and the sums a reader knows: every count is a cell (the rows of a CSV, its total rows, a
 * figure shown elsewhere), and each group says that one cell is the sum of others. Nothing here knows about
 * columns, so any breakdown of an export or a report can use it.
 */
export interface CellTable {
  values: readonly number[];
  groups: readonly CellGroup[];
  /** Cells shown elsewhere (with the same "< 5" rule), which this table cannot hide. */
  fixed?: ReadonlySet<number>;
  /** Cells nobody sees, only their sums (e.g. contacts, known as taps plus requests); never hidden. */
  unprinted?: ReadonlySet<number>;
}

export interface CellGroup {
  total: number;
  members: readonly number[];
}

/**
 * `small`: shown as "< 5" (1 to 4). `hidden`: withheld, so that no "< 5" can be worked out by subtraction.
 * `unprinted`: not part of what is shown at all.
 */
export type CellState = 'shown' | 'small' | 'hidden' | 'unprinted';

export interface Suppression {
  states: CellState[];
  /** Small cells still pinned down after every cell that could be hidden is hidden (only fixed sums remain). */
  exposed: number[];
}

export interface Range {
  lo: number;
  hi: number;
}

/** Which groups each cell is in (as a member or as the total). */
function groupsByCell(cellCount: number, groups: readonly CellGroup[]): number[][] {
  const byCell = Array.from({ length: cellCount }, (): number[] => []);
  groups.forEach((group, index) => {
    byCell[group.total]!.push(index);
    for (const member of group.members) byCell[member]!.push(index);
  });
  return byCell;
}

/**
 * What a reader knows of one cell before any sum is used. A hidden count of 5 or more is taken as known to be 5
 * or more (a reader who guesses how "x" is chosen); a smaller one only as 1 or more (0 if it is 0), all "x" says.
 */
function startRange(value: number, state: CellState): Range {
  switch (state) {
    case 'shown':
      return { lo: value, hi: value };
    case 'small':
      return { lo: 1, hi: 4 };
    case 'hidden':
      return { lo: value >= 5 ? 5 : Math.min(value, 1), hi: Infinity };
    case 'unprinted':
      return { lo: 0, hi: Infinity };
  }
}

/**
 * What a reader can work out about each cell from the states and the group sums: each group's sum narrows its
 * cells, and a narrowed cell narrows its other groups in turn, until nothing changes. Where the groups link up
 * without a cycle (nested totals, as in the CSV and the monthly report) these ranges are exactly the values a
 * reader cannot rule out; in a crossed table (rows and columns both summed) a reader may learn more.
 * Only the groups listed in `within` are used (by default all), and only their cells get a range: written into
 * `ranges`, which a caller asking again and again (suppressCells, once per part of a large table) passes back in
 * rather than have a table-sized array made each time; what it holds for other cells is left alone.
 */
export function readerRanges(
  values: readonly number[],
  states: readonly CellState[],
  groups: readonly CellGroup[],
  byCell: readonly number[][] = groupsByCell(values.length, groups),
  within: readonly number[] = groups.map((_, index) => index),
  ranges: Range[] = new Array<Range>(values.length),
): Range[] {
  const used = new Uint8Array(groups.length);
  for (const index of within) {
    used[index] = 1;
    const { total, members } = groups[index]!;
    ranges[total] = startRange(values[total]!, states[total]!);
    for (const member of members) ranges[member] = startRange(values[member]!, states[member]!);
  }
  const queued = new Uint8Array(groups.length);
  const queue = [...within];
  for (const index of within) queued[index] = 1;
  const tighten = (cell: number, lo: number, hi: number) => {
    const range = ranges[cell]!;
    if (lo <= range.lo && hi >= range.hi) return;
    range.lo = Math.max(range.lo, lo);
    range.hi = Math.min(range.hi, hi);
    for (const group of byCell[cell]!) {
      if (queued[group] || !used[group]) continue;
      queued[group] = 1;
      queue.push(group);
    }
  };
  for (let head = 0; head < queue.length; head += 1) {
    const index = queue[head]!;
    queued[index] = 0;
    const { total, members } = groups[index]!;
    let sumLo = 0;
    let finiteHi = 0;
    let unbounded = 0;
    for (const member of members) {
      const range = ranges[member]!;
      sumLo += range.lo;
      if (range.hi === Infinity) unbounded += 1;
      else finiteHi += range.hi;
    }
    tighten(total, sumLo, unbounded > 0 ? Infinity : finiteHi);
    const totalRange = ranges[total]!;
    for (const member of members) {
      const own = ranges[member]!;
      const ownUnbounded = own.hi === Infinity ? 1 : 0;
      const othersHi = unbounded - ownUnbounded > 0 ? Infinity : finiteHi - (ownUnbounded ? 0 : own.hi);
      tighten(member, totalRange.lo - othersHi, totalRange.hi - (sumLo - own.lo));
    }
  }
  return ranges;
}

/**
 * A small cell is given away when a reader can work out its one value. Narrowing it to two or three values is
 * allowed: demanding all of 1 to 4 would hide every small total of two or more rows, and the totals should stay.
 */
const pinned = (range: Range | undefined) => range !== undefined && range.lo === range.hi;

/** The groups that share cells with each other, so that what one says can travel to another. */
function components(cellCount: number, groups: readonly CellGroup[]): number[][] {
  const parent = Array.from({ length: cellCount }, (_, cell) => cell);
  const root = (cell: number): number => {
    let top = cell;
    while (parent[top] !== top) top = parent[top]!;
    for (let at = cell; parent[at] !== top;) [at, parent[at]] = [parent[at]!, top];
    return top;
  };
  for (const { total, members } of groups) for (const member of members) parent[root(member)] = root(total);
  const byRoot = new Map<number, number[]>();
  groups.forEach((group, index) => {
    const key = root(group.total);
    const list = byRoot.get(key);
    if (list) list.push(index);
    else byRoot.set(key, [index]);
  });
  return [...byRoot.values()];
}

/** The cells around `start`, one layer of shared groups at a time: its own groups, then theirs, and so on. */
function* layersAround(start: number, groups: readonly CellGroup[], byCell: readonly number[][]) {
  const seen = new Set([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const cell of frontier) {
      for (const index of byCell[cell]!) {
        const group = groups[index]!;
        for (const other of [group.total, ...group.members]) {
          if (seen.has(other)) continue;
          seen.add(other);
          next.push(other);
        }
      }
    }
    if (next.length > 0) yield next;
    frontier = next;
  }
}

/**
 * Shows 1 to 4 as small, then hides further cells until no small cell can be worked out from the rest. For each
 * small cell a reader could work out, the candidates are the cells nearest to it (its own groups, then the groups
 * of those cells, ...): counts of 5 or more that are a member rather than a total (the totals stay exact whenever
 * possible), smallest first, then totals; a small total only when nothing else is left. The first candidate that
 * frees the cell on its own is hidden, else the first of the nearest layer (else the cell itself, when it is a small
 * total), and the reader's view is worked out again. Only the part of the table that the hidden cell is linked to is
 * checked again, so a large table of many separate groups (a CSV) stays fast.
 */
export function suppressCells({
  values,
  groups,
  fixed = new Set<number>(),
  unprinted = new Set<number>(),
}: CellTable): Suppression {
  const states: CellState[] = values.map((value, cell) =>
    unprinted.has(cell) ? 'unprinted' : isSmallCount(value) ? 'small' : 'shown',
  );
  const byCell = groupsByCell(values.length, groups);
  const isTotal = new Uint8Array(values.length);
  for (const group of groups) isTotal[group.total] = 1;
  const exposed = new Set<number>();
  const hideable = (cell: number) =>
    !fixed.has(cell) &&
    ((states[cell] === 'shown' && values[cell]! > 0) || (states[cell] === 'small' && isTotal[cell] === 1));
  // Members before totals, counts of 5 or more before small totals, smaller before larger, then by position.
  const cost = (cell: number) => (states[cell] === 'small' ? 2 : isTotal[cell]!) * 1e12 + values[cell]!;

  const scratch = new Array<Range>(values.length);
  const rangesOf = (component: readonly number[]) =>
    readerRanges(values, states, groups, byCell, component, scratch);
  const recoveredIn = (component: readonly number[], ranges: readonly Range[]) => {
    const cells = new Set<number>();
    for (const index of component) {
      const { total, members } = groups[index]!;
      for (const cell of [total, ...members]) {
        if (states[cell] === 'small' && !exposed.has(cell) && pinned(ranges[cell])) cells.add(cell);
      }
    }
    return [...cells];
  };
  const frees = (cell: number, candidate: number, component: readonly number[]) => {
    const before = states[candidate]!;
    states[candidate] = 'hidden';
    const free = !pinned(rangesOf(component)[cell]);
    states[candidate] = before;
    return free;
  };

  for (const component of components(values.length, groups)) {
    for (;;) {
      const recovered = recoveredIn(component, rangesOf(component));
      if (recovered.length === 0) break;
      const cell = recovered[0]!;
      let chosen: number | undefined;
      for (const layer of layersAround(cell, groups, byCell)) {
        const candidates = layer.filter(hideable).sort((a, b) => cost(a) - cost(b) || a - b);
        if (candidates.length === 0) continue;
        chosen = candidates.find((candidate) => frees(cell, candidate, component)) ?? candidates[0];
        break;
      }
      // A small total its own members pin down (four rows of "< 5" that add up to 4) goes itself once nothing
      // around it can be hidden.
      if (chosen === undefined && hideable(cell)) chosen = cell;
      if (chosen === undefined) exposed.add(cell);
      else states[chosen] = 'hidden';
    }
  }
  return { states, exposed: [...exposed].sort((a, b) => a - b) };
}
