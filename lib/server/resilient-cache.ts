import 'server-only';

/**
 * A read cache for data visitor pages need but must never wait for: waves, helplines. Fresh values are served from
 * memory; a stale value is served at once while one refresh runs in the background; when nothing is cached yet the
 * caller waits at most `maxWaitMs`, then gets the fallback. Failures back off so a dead database is not hammered
 * and pages never queue behind connection time-outs.
 */
export interface ResilientCacheOptions<T> {
  load: () => Promise<T>;
  fallback: T;
  ttlMs: number;
  maxWaitMs: number;
  retryAfterFailureMs?: number;
  now?: () => number;
}

export interface ResilientCache<T> {
  get(): Promise<T>;
  invalidate(): void;
  status(): { hasValue: boolean; lastError: string | null };
}

export function createResilientCache<T>(options: ResilientCacheOptions<T>): ResilientCache<T> {
  const now = options.now ?? Date.now;
  const retryAfterFailureMs = options.retryAfterFailureMs ?? 5_000;
  let value: { data: T; loadedAt: number } | null = null;
  let inflight: Promise<void> | null = null;
  let failedAt = -Infinity;
  let lastError: string | null = null;
  // Set by invalidate(): the next read waits (briefly) for fresh data instead of serving the stale copy.
  let invalidated = false;

  function refresh(): Promise<void> {
    if (inflight) return inflight;
    inflight = options
      .load()
      .then((data) => {
        value = { data, loadedAt: now() };
        lastError = null;
        invalidated = false;
      })
      .catch((error: unknown) => {
        failedAt = now();
        lastError = error instanceof Error ? error.message : String(error);
      })
      .finally(() => {
        inflight = null;
      });
    return inflight;
  }

  return {
    async get() {
      const fresh = value !== null && now() - value.loadedAt < options.ttlMs;
      const backingOff = now() - failedAt < retryAfterFailureMs;
      if (fresh || backingOff) return value ? value.data : options.fallback;
      if (value && !invalidated) {
        void refresh();
        return value.data;
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, options.maxWaitMs);
      });
      await Promise.race([refresh(), timeout]);
      clearTimeout(timer);
      return value ? (value as { data: T }).data : options.fallback;
    },
    invalidate() {
      if (value) value = { data: value.data, loadedAt: -Infinity };
      invalidated = true;
      failedAt = -Infinity;
    },
    status() {
      return { hasValue: value !== null, lastError };
    },
  };
}
