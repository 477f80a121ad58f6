import 'server-only';
import { findPasswordReset } from '@/lib/server/auth/password-reset';
import { getDb } from '@/lib/server/db';

const RESET_PAGE = /^\/(nl|en)\/staff\/reset\/?$/;

/**
 * True for the reset page with a link that does not work (unknown, used, expired): the proxy gives that response
 * status 403 and the page explains what to do. (Not `forbidden()` in the page: thrown before the staff frame has
 * rendered, Next sends an empty HTML shell, a blank page without JavaScript.)
 */
export async function isRefusedResetLink(pathname: string, searchParams: URLSearchParams): Promise<boolean> {
  if (!RESET_PAGE.test(pathname)) return false;
  try {
    return (await findPasswordReset(getDb(), searchParams.get('token') ?? '', new Date())) === null;
  } catch {
    // Database down: the page itself will say so; the proxy does not guess.
    return false;
  }
}
