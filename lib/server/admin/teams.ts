import 'server-only';
import { canManageTeams, type StaffSession } from '@/lib/auth/permissions';
import { authorize } from '@/lib/server/admin/authorize';
import { getDb, type Db } from '@/lib/server/db';

export interface TeamSummary {
  id: string;
  name: string;
  email: string;
  active: boolean;
  /** The reply promise in conversations, in working days. */
  replyWithinDays: number;
  /** The visitor languages it answers written messages in, comma-separated. */
  languages: string;
  memberIds: string[];
}

export interface RuleSummary {
  id: string;
  audience: string;
  topic: string;
  teamId: string;
  priority: number;
}

export interface StaffSummary {
  id: string;
  name: string;
  email: string;
  active: boolean;
}

export interface TeamsOverview {
  teams: TeamSummary[];
  rules: RuleSummary[];
  staff: StaffSummary[];
}

/** Teams with their members, the routing rules (lowest priority first) and the staff who can be members. */
export async function getTeamsOverview(
  session: StaffSession | null,
  db: Db = getDb(),
): Promise<TeamsOverview> {
  authorize(session, canManageTeams, 'teams');
  const [teams, memberships, rules, staff] = await Promise.all([
    db.team.findMany({ orderBy: { name: 'asc' } }),
    db.staffTeam.findMany(),
    db.routingRule.findMany({ orderBy: [{ priority: 'asc' }, { id: 'asc' }] }),
    db.staffUser.findMany({
      select: { id: true, name: true, email: true, active: true },
      orderBy: { name: 'asc' },
    }),
  ]);
  return {
    teams: teams.map((team) => ({
      ...team,
      memberIds: memberships.filter((member) => member.teamId === team.id).map((member) => member.userId),
    })),
    rules,
    staff,
  };
}
