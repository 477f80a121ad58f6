import 'server-only';
import { formatDutchNational, telHref } from '@/lib/routing/phone-format';
import { getConfig } from '@/lib/server/config';

export interface PrimaryHelpline {
  e164: string;
  display: string;
  href: string;
}

/** The number every visitor page shows. From configuration only, so it shows with the database down. */
export function getPrimaryHelpline(): PrimaryHelpline {
  const e164 = getConfig().HELPLINE_NUMBER;
  return { e164, display: formatDutchNational(e164), href: telHref(e164) };
}
