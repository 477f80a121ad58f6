import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { CounterBuffer } from './buffer';
import type { CounterRow, CounterSink } from './buffer';
import { counterKey, counterKeyId } from './types';
import type { CounterKey } from './types';

const visit = counterKey({ day: '2026-03-01', metric: 'visit', page: 'landing', locale: 'nl' });
const tap = counterKey({ day: '2026-03-01', metric: 'tap', channel: 'phone' });
const keyN = (n: number): CounterKey => counterKey({ day: '2026-03-01', metric: 'visit', wave: `w${n}` });

/**
 * Records accepted batches; fails whenever `failNext` says so, storing nothing (atomic). It stays
 * in flight for `latencyTicks` microtasks, the window in which new increments can arrive.
 */
function recordingSink(latencyTicks = 1) {
  const batches: CounterRow[][] = [];
  let failures: boolean[] = [];
  const sink: CounterSink = async (rows) => {
    for (let i = 0; i < latencyTicks; i += 1) await Promise.resolve();
    if (failures.shift()) throw new Error('database unavailable');
    batches.push(rows);
  };
  return {
    sink,
    batches,
    failNext: (...next: boolean[]) => {
      failures = next;
    },
    total: () => batches.flat().reduce((sum, row) => sum + row.count, 0),
    totalsByKey: () => {
      const totals = new Map<string, number>();
      for (const row of batches.flat()) {
        const id = counterKeyId(row.key);
        totals.set(id, (totals.get(id) ?? 0) + row.count);
      }
      return totals;
    },
  };
}

/** Manual timers: nothing fires until the test says so. */
function manualTimers() {
  let nextId = 0;
  const timers = new Map<number, { callback: () => void; ms: number }>();
  return {
    setTimer: (callback: () => void, ms: number) => {
      nextId += 1;
      timers.set(nextId, { callback, ms });
      return nextId;
    },
    clearTimer: (handle: unknown) => {
      timers.delete(handle as number);
    },
    delays: () => [...timers.values()].map((timer) => timer.ms),
    fireAll: () => {
      const due = [...timers.values()];
      timers.clear();
      for (const timer of due) timer.callback();
    },
  };
}

/** Lets every pending promise callback run (the recording sink only awaits microtasks). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CounterBuffer', () => {
  it('aggregates increments per key and flushes them as one batch', async () => {
    const recorder = recordingSink();
    const buffer = new CounterBuffer({ sink: recorder.sink });
    buffer.increment(visit);
    buffer.increment(visit);
    buffer.increment(tap, 3);
    buffer.increment({ ...visit });
    expect(buffer.stats).toMatchObject({ pendingKeys: 2, pendingCount: 6, dropped: 0 });

    expect(await buffer.flush()).toEqual({ flushed: 6, ok: true });
    expect(recorder.batches).toHaveLength(1);
    expect(recorder.batches[0]).toEqual([
      { key: visit, count: 3 },
      { key: tap, count: 3 },
    ]);
    expect(buffer.stats).toMatchObject({ pendingKeys: 0, pendingCount: 0, lastError: null });
    expect(buffer.stats.lastFlushAt).toBeInstanceOf(Date);
  });

  it('does not call the sink when nothing is pending', async () => {
    const sink = vi.fn<CounterSink>(async () => {});
    const buffer = new CounterBuffer({ sink });
    expect(await buffer.flush()).toEqual({ flushed: 0, ok: true });
    expect(sink).not.toHaveBeenCalled();
  });

  it('ignores invalid amounts and never throws', () => {
    const buffer = new CounterBuffer({ sink: async () => {} });
    for (const by of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => buffer.increment(visit, by)).not.toThrow();
    }
    expect(buffer.stats.pendingCount).toBe(0);
  });

  it('is not affected when the caller later mutates its key object', async () => {
    const recorder = recordingSink();
    const buffer = new CounterBuffer({ sink: recorder.sink });
    const key = counterKey({ day: '2026-03-01', metric: 'visit' });
    buffer.increment(key);
    key.page = 'changed';
    await buffer.flush();
    expect(recorder.batches[0]?.[0]?.key.page).toBe('');
  });

  it('keeps counts when the sink fails and sends them exactly once later', async () => {
    const recorder = recordingSink();
    const errors: unknown[] = [];
    const buffer = new CounterBuffer({ sink: recorder.sink, onError: (error) => errors.push(error) });
    buffer.increment(visit, 2);
    recorder.failNext(true);
    expect(await buffer.flush()).toEqual({ flushed: 0, ok: false });
    expect(errors).toHaveLength(1);
    expect(buffer.stats).toMatchObject({
      pendingKeys: 1,
      pendingCount: 2,
      lastError: 'database unavailable',
    });

    buffer.increment(visit);
    buffer.increment(tap);
    expect(await buffer.flush()).toEqual({ flushed: 4, ok: true });
    expect(await buffer.flush()).toEqual({ flushed: 0, ok: true });
    expect(recorder.batches).toHaveLength(1);
    expect(recorder.totalsByKey()).toEqual(
      new Map([
        [counterKeyId(visit), 3],
        [counterKeyId(tap), 1],
      ]),
    );
    expect(buffer.stats.lastError).toBeNull();
  });

  it('treats a sink that throws synchronously like a rejection', async () => {
    const buffer = new CounterBuffer({
      sink: () => {
        throw new Error('sync');
      },
    });
    buffer.increment(visit);
    expect(await buffer.flush()).toEqual({ flushed: 0, ok: false });
    expect(buffer.stats.pendingCount).toBe(1);
  });

  it('never runs the sink twice at once and flushes what arrives meanwhile afterwards', async () => {
    let active = 0;
    let maxActive = 0;
    const batches: CounterRow[][] = [];
    const buffer = new CounterBuffer({
      sink: async (rows) => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        await new Promise((resolve) => setTimeout(resolve, 5));
        batches.push(rows);
        active -= 1;
      },
    });
    buffer.increment(visit);
    const first = buffer.flush();
    await Promise.resolve();
    await Promise.resolve();
    buffer.increment(tap, 2);
    const second = buffer.flush();
    const third = buffer.flush();
    expect(third).toBe(second);
    const results = await Promise.all([first, second, third]);
    expect(maxActive).toBe(1);
    expect(results.map((result) => result.flushed)).toEqual([1, 2, 2]);
    expect(batches).toEqual([[{ key: visit, count: 1 }], [{ key: tap, count: 2 }]]);
  });

  it('caps distinct keys but keeps counting existing ones', async () => {
    const recorder = recordingSink();
    const buffer = new CounterBuffer({ sink: recorder.sink, maxKeys: 2, maxPending: 100 });
    buffer.increment(keyN(1));
    buffer.increment(keyN(2));
    buffer.increment(keyN(3), 5);
    buffer.increment(keyN(1), 2);
    buffer.increment(keyN(4));
    expect(buffer.stats).toMatchObject({ pendingKeys: 2, pendingCount: 4, dropped: 6 });
    await buffer.flush();
    expect(recorder.total()).toBe(4);
  });

  it('keeps the failed batch first when merging it back under the key cap', async () => {
    let release: () => void = () => {};
    const accepted: CounterRow[][] = [];
    const sink = vi.fn<CounterSink>(
      () =>
        new Promise<void>((_, reject) => {
          release = () => reject(new Error('down'));
        }),
    );
    const buffer = new CounterBuffer({ sink, maxKeys: 2, maxPending: 100 });
    buffer.increment(keyN(1));
    buffer.increment(keyN(2));
    const flushing = buffer.flush();
    await settle();
    expect(buffer.stats.pendingKeys).toBe(0);
    buffer.increment(keyN(3), 7);
    buffer.increment(keyN(1));
    release();
    await flushing;
    expect(buffer.stats).toMatchObject({ pendingKeys: 2, pendingCount: 3, dropped: 7 });

    sink.mockImplementation(async (rows) => {
      accepted.push(rows);
    });
    expect(await buffer.flush()).toEqual({ flushed: 3, ok: true });
    expect(accepted).toEqual([
      [
        { key: keyN(1), count: 2 },
        { key: keyN(2), count: 1 },
      ],
    ]);
  });

  it('flushes early once maxPending distinct keys are waiting', async () => {
    const recorder = recordingSink();
    const buffer = new CounterBuffer({ sink: recorder.sink, maxPending: 3 });
    buffer.increment(keyN(1));
    buffer.increment(keyN(2));
    await settle();
    expect(recorder.batches).toHaveLength(0);
    buffer.increment(keyN(3));
    buffer.increment(keyN(3));
    await settle();
    expect(recorder.batches).toHaveLength(1);
    expect(recorder.total()).toBe(4);
  });

  it('flushes periodically after start() and backs off while the sink fails', async () => {
    const timers = manualTimers();
    const recorder = recordingSink();
    const buffer = new CounterBuffer({ sink: recorder.sink, flushIntervalMs: 1000, ...timers });
    buffer.start();
    expect(timers.delays()).toEqual([1000]);

    buffer.increment(visit);
    recorder.failNext(true, true, true, true, true, true, true);
    const delays: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      timers.fireAll();
      await settle();
      delays.push(...timers.delays());
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(recorder.batches).toHaveLength(0);
    expect(buffer.stats.pendingCount).toBe(1);

    timers.fireAll();
    await settle();
    expect(recorder.total()).toBe(1);
    expect(timers.delays()).toEqual([1000]);
    await buffer.stop();
    expect(timers.delays()).toEqual([]);
  });

  it('uses an unref’d timer by default so it never keeps the process alive', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const buffer = new CounterBuffer({ sink: async () => {}, flushIntervalMs: 60_000 });
    buffer.start();
    expect(setTimeoutSpy).toHaveBeenCalledTimes(1);
    expect(setTimeoutSpy.mock.calls[0]?.[1]).toBe(60_000);
    const handle = setTimeoutSpy.mock.results[0]?.value as NodeJS.Timeout;
    expect(handle.hasRef()).toBe(false);
    await buffer.stop();
  });

  it('stop() flushes the remainder and stops the timer', async () => {
    const timers = manualTimers();
    const recorder = recordingSink();
    const buffer = new CounterBuffer({ sink: recorder.sink, ...timers });
    buffer.start();
    buffer.increment(visit, 4);
    await buffer.stop();
    expect(recorder.total()).toBe(4);
    expect(timers.delays()).toEqual([]);
  });

  it('stop() retries the final flush within its deadline', async () => {
    const recorder = recordingSink();
    const sleeps: number[] = [];
    const buffer = new CounterBuffer({
      sink: recorder.sink,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    buffer.increment(visit, 2);
    recorder.failNext(true, true, false);
    await buffer.stop();
    expect(recorder.total()).toBe(2);
    expect(sleeps).toEqual([100, 200]);
  });

  it('stop() gives up after the deadline and reports the loss', async () => {
    const errors: string[] = [];
    const sleeps: number[] = [];
    const buffer = new CounterBuffer({
      sink: async () => {
        throw new Error('down');
      },
      stopDeadlineMs: 1000,
      onError: (error) => errors.push(String(error)),
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    buffer.increment(visit, 3);
    await buffer.stop();
    expect(sleeps).toEqual([100, 200, 400, 300]);
    expect(errors.at(-1)).toContain('3 unflushed counts');
    expect(buffer.stats.pendingCount).toBe(3);
  });

  it('survives an onError callback that throws', async () => {
    const buffer = new CounterBuffer({
      sink: async () => {
        throw new Error('down');
      },
      onError: () => {
        throw new Error('logger broke');
      },
    });
    buffer.increment(visit);
    await expect(buffer.flush()).resolves.toEqual({ flushed: 0, ok: false });
  });

  it('flushes exactly what was incremented, whatever the failures and interleaving', async () => {
    const operation = fc.oneof(
      fc.record({ type: fc.constant('inc' as const), key: fc.nat(7), by: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ type: fc.constant('flush' as const), wait: fc.boolean() }),
      // Yielding lets increments land while a sink call is in flight, exercising the merge-back.
      fc.record({ type: fc.constant('yield' as const), ticks: fc.integer({ min: 1, max: 6 }) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(operation, { maxLength: 60 }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        fc.integer({ min: 1, max: 6 }),
        async (operations, failurePattern, maxPending) => {
          const expected = new Map<string, number>();
          const recorder = recordingSink(4);
          recorder.failNext(...failurePattern);
          const buffer = new CounterBuffer({ sink: recorder.sink, maxPending });
          const inFlight: Promise<unknown>[] = [];
          for (const op of operations) {
            if (op.type === 'inc') {
              const key = keyN(op.key);
              buffer.increment(key, op.by);
              const id = counterKeyId(key);
              expected.set(id, (expected.get(id) ?? 0) + op.by);
            } else if (op.type === 'yield') {
              for (let i = 0; i < op.ticks; i += 1) await Promise.resolve();
            } else if (op.wait) {
              await buffer.flush();
            } else {
              inFlight.push(buffer.flush());
            }
          }
          await Promise.all(inFlight);
          recorder.failNext();
          await buffer.flush();
          await buffer.flush();
          expect(buffer.stats).toMatchObject({ pendingKeys: 0, pendingCount: 0, dropped: 0 });
          expect(recorder.totalsByKey()).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
