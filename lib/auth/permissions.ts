/**
 * Who may do what, as plain predicates over a staff session. Every staff page, route handler and server action checks
 * one of these on the server (the proxy's redirect to the login page is a convenience, not the guard).
 */
export const ROLES = ['admin', 'analyst', 'caseworker'] as const;
export type Role = (typeof ROLES)[number];

export interface StaffSession {
  sessionId: string;
  userId: string;
  email: string;
  name: string;
  roles: Role[];
  teamIds: string[];
  /** True while an admin requires a second factor and this person has not set one up: only enrolment is open. */
  mustEnrolTotp?: boolean;
  /** True for an account an admin created, until its owner has chosen a password: only that page is open. */
  mustChangePassword?: boolean;
}

const has = (session: StaffSession | null, role: Role) => session?.roles.includes(role) ?? false;

export const isStaff = (session: StaffSession | null): session is StaffSession => session !== null;
export const canViewDashboard = (session: StaffSession | null) =>
  has(session, 'analyst') || has(session, 'admin');
export const canExport = canViewDashboard;
export const canManageWaves = (session: StaffSession | null) => has(session, 'admin');
export const canManageHelplines = canManageWaves;
export const canManageTeams = canManageWaves;
export const canManageAccounts = canManageWaves;
export const canManageSettings = canManageWaves;
export const canViewAudit = canManageWaves;
export const canReadRequests = (session: StaffSession | null) => has(session, 'caseworker');
/** The staff home page and one's own sign-in settings (second factor, sign out everywhere): every staff member. */
export const canViewStaffHome = isStaff;
export const canManageOwnSecurity = isStaff;

/** A case worker acts only on requests routed to one of their own teams. */
export function canActOnRequest(session: StaffSession | null, request: { teamId: string }): boolean {
  return canReadRequests(session) && (session?.teamIds.includes(request.teamId) ?? false);
}

export function parseRoles(value: string): Role[] {
  return value
    .split(',')
    .map((role) => role.trim())
    .filter((role): role is Role => (ROLES as readonly string[]).includes(role));
}
