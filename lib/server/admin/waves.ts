import 'server-only';
import { canManageWaves, type StaffSession } from '@/lib/auth/permissions';
import { authorize } from '@/lib/server/admin/authorize';
import { getDb, type Db } from '@/lib/server/db';

export type WaveRecord = Awaited<ReturnType<Db['wave']['findMany']>>[number];

/** All waves, newest first, for the admin list. */
export async function getWaves(session: StaffSession | null, db: Db = getDb()): Promise<WaveRecord[]> {
  authorize(session, canManageWaves, 'waves');
  return db.wave.findMany({ orderBy: [{ sentOn: 'desc' }, { code: 'asc' }] });
}

export async function findWave(
  session: StaffSession | null,
  id: string,
  db: Db = getDb(),
): Promise<WaveRecord | null> {
  authorize(session, canManageWaves, 'waves');
  return db.wave.findUnique({ where: { id } });
}

export type WaveArmRecord = Awaited<ReturnType<Db['waveArm']['findMany']>>[number];

/** A wave's experiment arms, in the order they were added. */
export async function findWaveArms(
  session: StaffSession | null,
  waveId: string,
  db: Db = getDb(),
): Promise<WaveArmRecord[]> {
  authorize(session, canManageWaves, 'waves');
  return db.waveArm.findMany({ where: { waveId }, orderBy: { position: 'asc' } });
}
