import { createHmac, randomBytes as cryptoRandomBytes } from 'node:crypto';

import { amsterdamDayBounds } from './time';
import type { IsoDay } from './types';

const KEY_BYTES = 32;
const HASH_BYTES = 16;

export interface DailyKeyringOptions {
  now: () => Date;
  randomBytes?: (size: number) => Buffer;
  /** Upper bound on visitor hashes remembered per day; see {@link DailyKeyring.firstSeenToday}. */
  maxEntries?: number;
  /** Called once per day when the set first fills up (a capacity signal to log); it gets the day, nothing else. */
  onSaturated?: (day: IsoDay) => void;
}

/**
 * Daily unique-visitor counting without a way back to the visitor.
 *
 * The key lives only in this object (a true private field, so it is invisible to JSON, inspection
 * and `as` casts), is replaced at Amsterdam midnight and is never written anywhere. Once it is
 * dropped, yesterday's hashes cannot be recomputed from the same inputs, so they cannot be linked
 * to a person or to today's hashes.
 */
export class DailyKeyring {
  readonly #now: () => Date;
  readonly #randomBytes: (size: number) => Buffer;
  readonly #maxEntries: number;
  readonly #onSaturated: (day: IsoDay) => void;
  #key: Buffer;
  #day: IsoDay;
  // Cached day window so the common case is two number comparisons, not an Intl call.
  #startMs: number;
  #endMs: number;
  #seen = new Set<string>();
  #saturated = false;

  constructor(options: DailyKeyringOptions) {
    this.#now = options.now;
    this.#randomBytes = options.randomBytes ?? cryptoRandomBytes;
    this.#maxEntries = options.maxEntries ?? 500_000;
    this.#onSaturated = options.onSaturated ?? (() => undefined);
    const bounds = amsterdamDayBounds(this.#now());
    this.#day = bounds.day;
    this.#startMs = bounds.startMs;
    this.#endMs = bounds.endMs;
    this.#key = this.#freshKey();
  }

  /** The Amsterdam day the current key belongs to (rotating first if midnight has passed). */
  currentDay(): IsoDay {
    this.#rotateIfNeeded();
    return this.#day;
  }

  /** True once the day's set hit maxEntries (reported once per day through `onSaturated`). */
  get saturated(): boolean {
    this.#rotateIfNeeded();
    return this.#saturated;
  }

  /**
   * HMAC-SHA-256 over the parts, truncated to 128 bits (ample against collisions for one day's
   * visitors). NUL separates parts because it cannot occur in header values or IP addresses.
   */
  hash(parts: readonly string[]): string {
    this.#rotateIfNeeded();
    return createHmac('sha256', this.#key)
      .update(parts.join('\u0000'))
      .digest()
      .subarray(0, HASH_BYTES)
      .toString('hex');
  }

  /**
   * True only the first time these parts are seen today. When the set is full it answers false:
   * undercounting uniques once a day is extraordinarily busy is safer than the alternatives —
   * answering true would inflate uptake figures the municipality acts on, and clearing the set
   * would recount everyone already seen.
   */
  firstSeenToday(parts: readonly string[]): boolean {
    const visitor = this.hash(parts);
    if (this.#seen.has(visitor)) return false;
    if (this.#seen.size >= this.#maxEntries) {
      if (!this.#saturated) {
        this.#saturated = true;
        this.#onSaturated(this.#day);
      }
      return false;
    }
    this.#seen.add(visitor);
    return true;
  }

  #rotateIfNeeded(): void {
    const now = this.#now();
    const nowMs = now.getTime();
    if (nowMs >= this.#startMs && nowMs < this.#endMs) return;
    const bounds = amsterdamDayBounds(now);
    this.#startMs = bounds.startMs;
    this.#endMs = bounds.endMs;
    // A clock stepping backwards into the previous day also rotates: reusing a dropped key is
    // impossible, and a fresh one is the only privacy-safe option.
    if (bounds.day === this.#day) return;
    this.#day = bounds.day;
    // Best effort: the old key should not linger in memory until garbage collection.
    this.#key.fill(0);
    this.#key = this.#freshKey();
    this.#seen = new Set();
    this.#saturated = false;
  }

  #freshKey(): Buffer {
    const random = this.#randomBytes(KEY_BYTES);
    if (random.length !== KEY_BYTES) {
      throw new Error(`randomBytes returned ${random.length} bytes, expected ${KEY_BYTES}`);
    }
    // Our own copy, so zeroing it on rotation cannot touch memory the source still uses.
    return Buffer.from(random);
  }
}
