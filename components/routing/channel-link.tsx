import { beaconUrl } from '@/lib/counting/beacon';
import { formatDutchNational, telHref } from '@/lib/routing/phone-format';
import { StaffText } from '@/components/site/staff-text';
import type { VisitorLocale } from '@/lib/i18n/locales';
import { localizedPath } from '@/lib/i18n/localized-path';
import { VISITOR_PATHNAMES } from '@/lib/i18n/visitor-paths';
import type { Channel } from '@/lib/routing/types';

/** A page of ours in the visitor's language, with its slug in that language where it is one we know. */
function pagePath(address: string, locale: VisitorLocale): string {
  const [path = '', search] = address.split('?', 2);
  const internal = VISITOR_PATHNAMES.find((pathname) => pathname === path);
  const localized = internal ? localizedPath(internal, locale) : `/${locale}${path}`;
  return search === undefined ? localized : `${localized}?${search}`;
}

function hrefFor(channel: Channel, locale: VisitorLocale): string {
  const digits = channel.address.replace(/[^\d]/g, '');
  switch (channel.kind) {
    case 'phone':
      return telHref(channel.address);
    case 'sms':
      return `sms:+${digits}`;
    case 'whatsapp':
      return `https://wa.me/${digits}`;
    case 'email':
      return `mailto:${channel.address}`;
    default:
      // Our own pages (the callback form) are stored without a language; the visitor stays in theirs.
      return channel.address.startsWith('/') ? pagePath(channel.address, locale) : channel.address;
  }
}

export function displayAddress(channel: Channel): string {
  return ['phone', 'sms', 'whatsapp'].includes(channel.kind)
    ? formatDutchNational(channel.address)
    : channel.address;
}

/** A tappable channel; counted once per tap through `ping` (or sendBeacon when JavaScript runs). */
export function ChannelLink({
  channel,
  locale,
  waveCode,
}: {
  channel: Channel;
  locale: VisitorLocale;
  waveCode: string | null;
}) {
  const showAddress = channel.kind !== 'callback' && channel.kind !== 'chat';
  return (
    <a
      href={hrefFor(channel, locale)}
      ping={beaconUrl({ kind: 'tap', channel: channel.id, wave: waveCode })}
      data-channel={channel.id}
      className="inline-flex min-h-11 flex-wrap items-center gap-x-2 rounded-md bg-brand px-4 py-2 font-bold text-white no-underline hover:bg-brand-dark"
    >
      <span>
        <StaffText text={channel.label} locale={locale} />
      </span>
      {showAddress && (
        <span className="font-normal whitespace-nowrap" dir="ltr">
          {displayAddress(channel)}
        </span>
      )}
    </a>
  );
}
