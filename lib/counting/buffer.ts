import { counterKeyId } from './types';
import type { CounterKey } from './types';

export interface CounterRow {
  key: CounterKey;
  count: number;
}

/**
 * Persists one batch. It must be all-or-nothing (one transaction): on rejection the buffer keeps
 * the whole batch and sends it again, which is exact only if nothing of the failed batch was stored.
 */
export type CounterSink = (rows: CounterRow[]) => Promise<void>;

export type TimerHandle = unknown;

export interface CounterBufferOptions {
  sink: CounterSink;
  flushIntervalMs?: number;
  /** Flush early once this many distinct keys are pending. */
  maxPending?: number;
  /**
   * Hard bound on distinct pending keys, which is what costs memory while the sink keeps failing.
   * Existing keys keep counting; increments for new keys beyond it are dropped and tallied in
   * `stats.dropped` (a visible, bounded loss beats an out-of-memory crash that loses everything).
   */
  maxKeys?: number;
  /** How long stop() keeps retrying the final flush. */
  stopDeadlineMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  setTimer?: (callback: () => void, ms: number) => TimerHandle;
  clearTimer?: (handle: TimerHandle) => void;
  /**
   * Pause between stop()'s retries. Deliberately not the unref'd flush timer: during shutdown it is
   * often the only thing left on the event loop, and the process must wait for it.
   */
  sleep?: (ms: number) => Promise<void>;
  onError?: (error: unknown) => void;
}

export interface FlushResult {
  /** Sum of the counts the sink accepted in this call (0 when it failed or nothing was pending). */
  flushed: number;
  ok: boolean;
}

export interface CounterBufferStats {
  pendingKeys: number;
  pendingCount: number;
  dropped: number;
  /** Message of the latest failed flush; cleared by the next successful one. */
  lastError: string | null;
  lastFlushAt: Date | null;
}

interface Entry {
  key: CounterKey;
  count: number;
}

const STOP_RETRY_MS = 100;

function defaultSetTimer(callback: () => void, ms: number): TimerHandle {
  const handle: unknown = setTimeout(callback, ms);
  // Counting must never keep a shutting-down process alive; stop() does the final flush.
  if (
    typeof handle === 'object' &&
    handle !== null &&
    'unref' in handle &&
    typeof handle.unref === 'function'
  ) {
    handle.unref();
  }
  return handle;
}

function defaultClearTimer(handle: TimerHandle): void {
  clearTimeout(handle as Parameters<typeof clearTimeout>[0]);
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Aggregates counter increments in memory and writes them in batches, so a burst of visitors after
 * an SMS wave costs one upsert per distinct key per second instead of one write per request.
 */
export class CounterBuffer {
  readonly #sink: CounterSink;
  readonly #flushIntervalMs: number;
  readonly #maxPending: number;
  readonly #maxKeys: number;
  readonly #stopDeadlineMs: number;
  readonly #retryBaseMs: number;
  readonly #retryMaxMs: number;
  readonly #setTimer: (callback: () => void, ms: number) => TimerHandle;
  readonly #clearTimer: (handle: TimerHandle) => void;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #onError: (error: unknown) => void;

  #pending = new Map<string, Entry>();
  #pendingCount = 0;
  #dropped = 0;
  #lastError: string | null = null;
  #lastFlushAt: Date | null = null;
  #failures = 0;
  #running = false;
  #stopped = false;
  #timer: TimerHandle | null = null;
  #earlyFlushQueued = false;
  // Every flush runs after the previous one, so the sink never sees two batches at once.
  #chain: Promise<unknown> = Promise.resolve();
  // A flush that is queued but not started yet; later callers join it since it will take their counts too.
  #queued: Promise<FlushResult> | null = null;

  constructor(options: CounterBufferOptions) {
    this.#sink = options.sink;
    this.#flushIntervalMs = options.flushIntervalMs ?? 1000;
    this.#maxPending = options.maxPending ?? 500;
    this.#maxKeys = options.maxKeys ?? 50_000;
    this.#stopDeadlineMs = options.stopDeadlineMs ?? 5000;
    this.#retryBaseMs = options.retryBaseMs ?? 1000;
    this.#retryMaxMs = options.retryMaxMs ?? 30_000;
    this.#setTimer = options.setTimer ?? defaultSetTimer;
    this.#clearTimer = options.clearTimer ?? defaultClearTimer;
    this.#sleep = options.sleep ?? defaultSleep;
    this.#onError = options.onError ?? (() => {});
  }

  get stats(): CounterBufferStats {
    return {
      pendingKeys: this.#pending.size,
      pendingCount: this.#pendingCount,
      dropped: this.#dropped,
      lastError: this.#lastError,
      lastFlushAt: this.#lastFlushAt,
    };
  }

  /**
   * Never throws: counting is a side concern and must not break the page being served. Amounts that
   * are not positive safe integers are ignored, as they can only come from a bug.
   */
  increment(key: CounterKey, by = 1): void {
    try {
      if (!Number.isSafeInteger(by) || by <= 0) return;
      const id = counterKeyId(key);
      const entry = this.#pending.get(id);
      if (entry) {
        entry.count += by;
      } else if (this.#pending.size >= this.#maxKeys) {
        this.#dropped += by;
        return;
      } else {
        this.#pending.set(id, { key: { ...key }, count: by });
      }
      this.#pendingCount += by;
      this.#maybeFlushEarly();
    } catch (error) {
      this.#report(error);
    }
  }

  flush(): Promise<FlushResult> {
    if (this.#queued) return this.#queued;
    const queued = this.#chain.then(() => {
      this.#queued = null;
      return this.#flushOnce();
    });
    this.#queued = queued;
    // flushOnce handles sink errors itself; this only guards the chain against a bug, since one
    // rejected link would otherwise make every later flush reject too.
    this.#chain = queued.catch((error: unknown) => this.#report(error));
    return queued;
  }

  /** Begins periodic flushing. The timer is unref'd, so call stop() on shutdown to save the tail. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#stopped = false;
    this.#schedule();
  }

  /** Stops the timer and flushes what is left, retrying until stopDeadlineMs has been spent waiting. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#stopped = true;
    this.#cancelTimer();
    let waited = 0;
    let delay = STOP_RETRY_MS;
    for (;;) {
      const result = await this.flush();
      if (result.ok && this.#pending.size === 0) return;
      if (waited >= this.#stopDeadlineMs) break;
      const pause = Math.min(delay, this.#stopDeadlineMs - waited);
      await this.#sleep(pause);
      waited += pause;
      delay *= 2;
    }
    this.#report(new Error(`counter buffer stopped with ${this.#pendingCount} unflushed counts`));
  }

  async #flushOnce(): Promise<FlushResult> {
    if (this.#pending.size === 0) {
      this.#schedule();
      return { flushed: 0, ok: true };
    }
    const batch = this.#pending;
    const batchCount = this.#pendingCount;
    this.#pending = new Map();
    this.#pendingCount = 0;
    // Copies, so a sink that mutates its rows cannot corrupt what we would resend.
    const rows = Array.from(batch.values(), (entry) => ({ key: { ...entry.key }, count: entry.count }));
    try {
      await this.#sink(rows);
    } catch (error) {
      this.#restore(batch);
      this.#failures += 1;
      this.#lastError = messageOf(error);
      this.#report(error);
      this.#schedule();
      return { flushed: 0, ok: false };
    }
    this.#failures = 0;
    this.#lastError = null;
    this.#lastFlushAt = new Date();
    this.#schedule();
    return { flushed: batchCount, ok: true };
  }

  /** Puts a failed batch back, merging with what arrived meanwhile; the older batch keeps its keys. */
  #restore(batch: Map<string, Entry>): void {
    let count = 0;
    for (const entry of batch.values()) count += entry.count;
    for (const [id, entry] of this.#pending) {
      const existing = batch.get(id);
      if (existing) {
        existing.count += entry.count;
      } else if (batch.size >= this.#maxKeys) {
        this.#dropped += entry.count;
        continue;
      } else {
        batch.set(id, entry);
      }
      count += entry.count;
    }
    this.#pending = batch;
    this.#pendingCount = count;
  }

  #maybeFlushEarly(): void {
    // Not while backing off (a struggling database should not get a flush per request), and not
    // after stop(), when the sink's connection may already be closed.
    if (this.#pending.size < this.#maxPending || this.#failures > 0) return;
    if (this.#stopped || this.#earlyFlushQueued) return;
    this.#earlyFlushQueued = true;
    // Deferred so increment() stays synchronous and never runs the sink on the caller's stack.
    queueMicrotask(() => {
      this.#earlyFlushQueued = false;
      void this.flush();
    });
  }

  /** One timer at a time: the regular interval when healthy, exponential backoff after failures. */
  #schedule(): void {
    this.#cancelTimer();
    if (!this.#running) return;
    const delay =
      this.#failures === 0
        ? this.#flushIntervalMs
        : Math.min(this.#retryBaseMs * 2 ** (this.#failures - 1), this.#retryMaxMs);
    this.#timer = this.#setTimer(() => {
      this.#timer = null;
      void this.flush();
    }, delay);
  }

  #cancelTimer(): void {
    if (this.#timer === null) return;
    this.#clearTimer(this.#timer);
    this.#timer = null;
  }

  #report(error: unknown): void {
    try {
      this.#onError(error);
    } catch {
      // An error reporter that throws must not turn counting into a crash.
    }
  }
}
