import 'server-only';
import { AddressLimiter } from '@/lib/counting/beacon-limit';
import { clientAddressFrom } from '@/lib/server/client-address';

/** Beacon events per address and minute: far above what a person taps, far below what a script sends. */
export const BEACON_LIMIT_PER_MINUTE = 60;
export const BEACON_WINDOW_SECONDS = 60;

// One limiter per process; instances do not share it (a coarse limit needs no more).
const holder = globalThis as typeof globalThis & { __uitwegBeaconLimit?: AddressLimiter };

/** Counts one beacon request from the client's address; false when that address is over the limit. */
export function allowBeaconFrom(headers: Headers): boolean {
  holder.__uitwegBeaconLimit ??= new AddressLimiter({
    limit: BEACON_LIMIT_PER_MINUTE,
    windowMs: BEACON_WINDOW_SECONDS * 1000,
    now: () => Date.now(),
  });
  return holder.__uitwegBeaconLimit.allow(clientAddressFrom(headers));
}
