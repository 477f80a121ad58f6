import { createHmac, randomBytes as cryptoRandomBytes } from 'node:crypto';
import { addressScope } from '@/lib/contact/address-scope';

const KEY_BYTES = 32;
const HASH_BYTES = 16;

export interface AddressLimiterOptions {
  /** Events allowed per address within `windowMs` of its first event. */
  limit: number;
  windowMs: number;
  now: () => number;
  /** Addresses tracked at once; beyond this a new address is refused until old windows pass. */
  maxEntries?: number;
  randomBytes?: (size: number) => Buffer;
}

/**
 * A coarse per-address limit kept in the memory of one process (the tap beacon needs no more: a refused event only
 * goes uncounted). An address is held only as an HMAC under a random key that exists in this object alone and is
 * never written anywhere, and each is forgotten once its window has passed. A window starts at an address's first
 * event, so a burst cannot straddle a boundary to get twice the limit.
 */
export class AddressLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #maxEntries: number;
  readonly #key: Buffer;
  #windows = new Map<string, { start: number; count: number }>();
  #lastSweep: number;

  constructor(options: AddressLimiterOptions) {
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
    this.#now = options.now;
    this.#maxEntries = options.maxEntries ?? 100_000;
    const random = (options.randomBytes ?? cryptoRandomBytes)(KEY_BYTES);
    if (random.length !== KEY_BYTES)
      throw new Error(`randomBytes returned ${random.length} bytes, expected 32`);
    this.#key = Buffer.from(random);
    this.#lastSweep = this.#now();
  }

  /** Counts one event from this address; false when it is over the limit (or the table is full). */
  allow(address: string): boolean {
    const now = this.#now();
    if (now - this.#lastSweep >= this.#windowMs) this.#sweep(now);
    const id = this.keyFor(address);
    const window = this.#windows.get(id);
    if (window && now - window.start < this.#windowMs) {
      window.count += 1;
      return window.count <= this.#limit;
    }
    if (!window && this.#windows.size >= this.#maxEntries) {
      this.#sweep(now);
      // A flood from more addresses than we track: refusing keeps memory bounded and the counts honest.
      if (this.#windows.size >= this.#maxEntries) return false;
    }
    this.#windows.set(id, { start: now, count: 1 });
    return 1 <= this.#limit;
  }

  /** The keyed hash an address is tracked under (its IPv4 address or IPv6 /64). */
  keyFor(address: string): string {
    return createHmac('sha256', this.#key)
      .update(addressScope(address))
      .digest()
      .subarray(0, HASH_BYTES)
      .toString('hex');
  }

  /** Addresses currently tracked. */
  get size(): number {
    return this.#windows.size;
  }

  #sweep(now: number): void {
    this.#lastSweep = now;
    for (const [id, window] of this.#windows)
      if (now - window.start >= this.#windowMs) this.#windows.delete(id);
  }
}
