import 'server-only';
import { headers } from 'next/headers';
import { clientAddressFrom } from '@/lib/server/client-address';

/** The client address of the current request (only ever hashed, for sign-in throttling). */
export async function currentClientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}
