import 'server-only';
import { getDb } from '@/lib/server/db';

/** True when the database answers a trivial query within the time limit. */
export async function pingDatabase(timeoutMs = 1_500): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = getDb()
    .$queryRawUnsafe('SELECT 1')
    .then(() => true)
    .catch(() => false);
  const result = await Promise.race([query, timeout]);
  clearTimeout(timer);
  return result;
}
