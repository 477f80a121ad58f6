import 'server-only';
import { findWaveByCode } from './wave-directory';

/** What a link code counts for: the wave, and the experiment arm within it ('' for the wave's own link). */
export interface Attribution {
  wave: string;
  arm: string;
}

export const NO_ATTRIBUTION: Attribution = { wave: '', arm: '' };

const LINK_CODE = /^[A-Za-z0-9-]{1,64}$/;

/**
 * The wave and arm a link code travelling in a page (`?w=`, a hidden field) stands for. Pages pass on the code the
 * link used, so everything later in the funnel is attributed to the arm without any identifier of the person; an
 * unknown or mangled code counts for no wave rather than being refused.
 */
export async function attributionOf(linkCode: string | null | undefined): Promise<Attribution> {
  if (!linkCode || !LINK_CODE.test(linkCode)) return NO_ATTRIBUTION;
  const known = await findWaveByCode(linkCode);
  return known ? { wave: known.code, arm: known.arm?.code ?? '' } : NO_ATTRIBUTION;
}
