import { getTranslations } from 'next-intl/server';
import { canManageWaves } from '@/lib/auth/permissions';
import { findWave, findWaveArms } from '@/lib/server/admin/waves';
import { getStaffSession } from '@/lib/server/auth/guard';
import { getConfig } from '@/lib/server/config';
import { senderExport } from '@/lib/waves/sender-export';

const NO_STORE = { 'Cache-Control': 'no-store' };

type Context = { params: Promise<{ locale: string; id: string }> };

/** `GET /{locale}/staff/waves/{id}/export`: per arm the SMS text and link, and how to split the list, for the sender. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale: requested, id } = await params;
  const locale = requested === 'en' ? 'en' : 'nl';
  const session = await getStaffSession();
  if (!session) return new Response('Sign in first.\n', { status: 401, headers: NO_STORE });
  if (!canManageWaves(session) || session.mustEnrolTotp) {
    return new Response('Not allowed.\n', { status: 403, headers: NO_STORE });
  }
  const wave = await findWave(session, id);
  if (!wave) return new Response('No such wave.\n', { status: 404, headers: NO_STORE });
  const arms = await findWaveArms(session, id);
  const t = await getTranslations({ locale, namespace: 'AdminWaveExport' });
  const text = senderExport(wave, arms, getConfig().SITE_URL, {
    title: t('title'),
    split: [t('split1'), t('split2'), t('split3')],
    armHeading: t('armHeading'),
    link: t('link'),
    length: t('length'),
  });
  return new Response(`\uFEFF${text}`, {
    headers: {
      ...NO_STORE,
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': `attachment; filename="uitweg-${wave.code}-sms.txt"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
