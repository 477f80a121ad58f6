import { describe, expect, it } from 'vitest';
import { createResilientCache } from './resilient-cache';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('createResilientCache', () => {
  it('serves fresh data from memory, then stale data while one refresh runs', async () => {
    let clock = 0;
    let loads = 0;
    const cache = createResilientCache({
      load: async () => ++loads,
      fallback: 0,
      ttlMs: 100,
      maxWaitMs: 50,
      now: () => clock,
    });
    expect(await cache.get()).toBe(1);
    clock = 50;
    expect(await cache.get()).toBe(1);
    clock = 200;
    expect(await cache.get()).toBe(1); // stale, refresh started
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.get()).toBe(2);
  });

  it('gives the fallback when nothing is cached and the source does not answer in time', async () => {
    const never = deferred<number>();
    const cache = createResilientCache({
      load: () => never.promise,
      fallback: -1,
      ttlMs: 100,
      maxWaitMs: 10,
    });
    expect(await cache.get()).toBe(-1);
  });

  it('keeps the last value when the source fails, and backs off', async () => {
    let clock = 0;
    let fail = false;
    let loads = 0;
    const cache = createResilientCache({
      load: async () => {
        loads += 1;
        if (fail) throw new Error('down');
        return 'ok';
      },
      fallback: 'fallback',
      ttlMs: 10,
      maxWaitMs: 10,
      retryAfterFailureMs: 1_000,
      now: () => clock,
    });
    expect(await cache.get()).toBe('ok');
    fail = true;
    clock = 100;
    expect(await cache.get()).toBe('ok');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cache.status().lastError).toBe('down');
    const attempts = loads;
    clock = 500;
    expect(await cache.get()).toBe('ok');
    expect(loads).toBe(attempts); // backing off: no new attempt
  });

  it('after invalidate, the next read waits for fresh data', async () => {
    let version = 1;
    const cache = createResilientCache({
      load: async () => version,
      fallback: 0,
      ttlMs: 60_000,
      maxWaitMs: 500,
    });
    expect(await cache.get()).toBe(1);
    version = 2;
    cache.invalidate();
    expect(await cache.get()).toBe(2);
  });
});
