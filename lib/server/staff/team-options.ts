import 'server-only';
import type { Db } from '@/lib/server/db';

export interface TeamOption {
  id: string;
  name: string;
}

export async function findActiveTeams(db: Db): Promise<TeamOption[]> {
  return db.team.findMany({
    where: { active: true },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  });
}
