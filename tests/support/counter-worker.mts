// A separate process that counts like a server instance: many increments through a CounterBuffer, flushed in small
// batches to the shared database. Used by tests/db/counters.test.ts to prove that two processes add up exactly.
import { CounterBuffer } from '../../lib/counting/buffer.ts';
import { counterKey } from '../../lib/counting/types.ts';
import { createDb } from '../../lib/server/db/client.ts';
import { addCounts } from '../../lib/server/counting/counter-store.ts';

const [url, increments, keys] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const db = createDb(url);
const buffer = new CounterBuffer({ sink: (rows) => addCounts(db, rows), maxPending: 5, flushIntervalMs: 5 });
buffer.start();
for (let i = 0; i < increments; i += 1) {
  buffer.increment(
    counterKey({ day: '2026-11-29', metric: 'visit', wave: 'tst-race', page: `p${i % keys}`, via: 'wave' }),
  );
  if (i % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
}
await buffer.stop();
await db.$disconnect();
console.log(JSON.stringify({ dropped: buffer.stats.dropped, pending: buffer.stats.pendingCount }));
