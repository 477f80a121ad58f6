import { beaconUrl } from '@/lib/counting/beacon';
import { formatDutchNational, telHref } from '@/lib/routing/phone-format';
import type { Channel, Locale } from '@/lib/routing/types';

function hrefFor(channel: Channel, locale: Locale): string {
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
      return channel.address.startsWith('/') ? `/${locale}${channel.address}` : channel.address;
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
  locale: Locale;
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
      <span>{channel.label[locale]}</span>
      {showAddress && <span className="font-normal whitespace-nowrap">{displayAddress(channel)}</span>}
    </a>
  );
}
