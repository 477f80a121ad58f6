/** Posts one anonymous event; the URL carries only the event name, a channel id and a wave code. */
export function postBeacon(url: string): void {
  if (!navigator.sendBeacon?.(url)) void fetch(url, { method: 'POST', keepalive: true, credentials: 'omit' });
}

/**
 * With JavaScript, sendBeacon replaces `ping` (which some browsers ignore), so every browser counts a tap exactly
 * once: the attribute moves to `data-beacon` and a click posts it.
 */
export function takeOverPings(root: ParentNode): void {
  root.querySelectorAll<HTMLAnchorElement>('a[ping]').forEach((link) => {
    link.dataset.beacon = link.getAttribute('ping') ?? '';
    link.removeAttribute('ping');
  });
}
