import { canExport } from '@/lib/auth/permissions';
import { BREAKDOWN_REFUSED, breakdownParam } from '@/lib/analytics/csv';
import { resolveRange } from '@/lib/analytics/range';
import { amsterdamDay } from '@/lib/counting/time';
import { getCountersCsv } from '@/lib/server/analytics/export';
import { getStaffSession } from '@/lib/server/auth/guard';
import { getDb } from '@/lib/server/db';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * `GET /{locale}/staff/dashboard/export?preset=…&from=…&to=…&wave=…&breakdown=…`: the dashboard's range as a CSV
 * download, by the chosen breakdown (a range that cannot be used falls back to the last 30 days, as on the dashboard;
 * an unknown breakdown is refused with 400, since a different table than asked for would mislead). It
 * lives under the staff path because the session cookie is only sent there (visitor pages stay cookie-free).
 */
export async function GET(request: Request): Promise<Response> {
  const session = await getStaffSession();
  if (!session) return new Response('Sign in first.\n', { status: 401, headers: NO_STORE });
  // Like every staff screen, nothing until a required second factor is set up.
  if (!canExport(session) || session.mustEnrolTotp) {
    return new Response('Not allowed.\n', { status: 403, headers: NO_STORE });
  }

  const params = new URL(request.url).searchParams;
  const breakdown = breakdownParam.safeParse(params.getAll('breakdown'));
  if (!breakdown.success) {
    return new Response(BREAKDOWN_REFUSED, {
      status: 400,
      headers: { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const requested = params.getAll('wave');
  const waves = await getDb().wave.findMany({ select: { code: true, sentOn: true } });
  const chosen = waves.filter((wave) => requested.includes(wave.code));
  const waveStart = (chosen.length > 0 ? chosen : waves)
    .map((wave) => wave.sentOn)
    .reduce<string | null>(
      (a, b) => (a === null ? b : chosen.length > 0 ? (a < b ? a : b) : a > b ? a : b),
      null,
    );
  const range = resolveRange(
    {
      preset: params.get('preset') ?? undefined,
      from: params.get('from') ?? undefined,
      to: params.get('to') ?? undefined,
    },
    amsterdamDay(new Date()),
    waveStart,
  );
  const csv = await getCountersCsv(session, {
    range,
    waves: chosen.map((wave) => wave.code).sort(),
    breakdown: breakdown.data,
  });
  return new Response(csv, {
    headers: {
      ...NO_STORE,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="uitweg-${range.from}-${range.to}-${breakdown.data}.csv"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Only GET exists; other methods still answer "sign in" or "not allowed" first, like every staff route. */
export async function POST(): Promise<Response> {
  const session = await getStaffSession();
  if (!session) return new Response('Sign in first.\n', { status: 401, headers: NO_STORE });
  if (!canExport(session)) return new Response('Not allowed.\n', { status: 403, headers: NO_STORE });
  return new Response('Use GET.\n', { status: 405, headers: { ...NO_STORE, Allow: 'GET' } });
}
