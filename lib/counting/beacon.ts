/** The same-origin URL a `ping` attribute or `sendBeacon` posts to: event name, channel id and wave code only. */
export function beaconUrl(event: {
  kind: 'tap' | 'language_switch';
  channel?: string;
  wave?: string | null;
}): string {
  const params = new URLSearchParams({ k: event.kind });
  if (event.channel) params.set('c', event.channel);
  if (event.wave) params.set('w', event.wave);
  return `/api/e?${params.toString()}`;
}
