import 'server-only';
import { type Keyring, parseKeyring } from '@/lib/contact/crypto';
import { getConfig } from '@/lib/server/config';

let cached: Keyring | undefined;

/** The AES-256-GCM key ring from ENCRYPTION_KEYS: the first key encrypts, all of them decrypt. */
export function getKeyring(): Keyring {
  cached ??= parseKeyring(getConfig().ENCRYPTION_KEYS);
  return cached;
}
