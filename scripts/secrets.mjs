// Prints fresh secrets for .env: an encryption key ring entry and an app secret.
import { randomBytes } from 'node:crypto';

export function freshSecrets() {
  return {
    ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    APP_SECRET: randomBytes(32).toString('base64url'),
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  for (const [name, value] of Object.entries(freshSecrets())) console.log(`${name}=${value}`);
}
