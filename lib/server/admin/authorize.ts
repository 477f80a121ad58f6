import 'server-only';
import type { StaffSession } from '@/lib/auth/permissions';

/** Thrown by a query or action called without the permission it needs (pages check first, so this is a backstop). */
export class NotAllowedError extends Error {
  constructor(what: string) {
    super(`not allowed: ${what}`);
    this.name = 'NotAllowedError';
  }
}

/** Every staff query and action calls this with its permission predicate and the caller's session. */
export function authorize(
  session: StaffSession | null,
  check: (session: StaffSession | null) => boolean,
  what: string,
): asserts session is StaffSession {
  if (!session || !check(session)) throw new NotAllowedError(what);
}
