import { pingDatabase } from '@/lib/server/db/ping';

/**
 * Readiness: whether this instance can reach its database. Visitor pages work without it (the helpline number comes
 * from configuration), so a load balancer may keep sending visitors; staff features need it. No versions, no secrets.
 */
export async function GET() {
  const database = (await pingDatabase()) ? 'up' : 'down';
  return Response.json(
    { status: database === 'up' ? 'ready' : 'degraded', database },
    { status: database === 'up' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
