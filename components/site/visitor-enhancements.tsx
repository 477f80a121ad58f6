'use client';

import { useEffect } from 'react';

export interface EnhancementLabels {
  exitAnnouncement: string;
  shiftRemaining: string;
  readAloud: string;
  stopReading: string;
}

const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 5_000;

/** Posts one anonymous event; the URL carries only the event name, a channel id and a wave code. */
function postBeacon(url: string): void {
  if (!navigator.sendBeacon?.(url)) void fetch(url, { method: 'POST', keepalive: true, credentials: 'omit' });
}

function announce(text: string): void {
  const region = document.getElementById('exit-announcer');
  if (region) region.textContent = text;
}

function leave(exitUrl: string, labels: EnhancementLabels): void {
  document.documentElement.classList.add('is-exiting');
  announce(labels.exitAnnouncement);
  window.speechSynthesis?.cancel();
  postBeacon('/api/e?k=quick_exit');
  // replace(), not assign(): Back must not return to this page on a shared phone.
  window.location.replace(exitUrl);
}

/**
 * The small client-side layer of visitor pages: quick exit (button and Shift pressed three times), read aloud with
 * the browser's own speech synthesis, and tap counting for browsers without the `ping` attribute. Everything here
 * is an enhancement of server-rendered links that already work without JavaScript.
 */
export function VisitorEnhancements({ exitUrl, labels }: { exitUrl: string; labels: EnhancementLabels }) {
  useEffect(() => {
    let shiftTimes: number[] = [];
    // With JavaScript, sendBeacon replaces `ping` (which Firefox ignores), so every browser counts a tap once.
    document.querySelectorAll<HTMLAnchorElement>('a[ping]').forEach((link) => {
      link.dataset.beacon = link.getAttribute('ping') ?? '';
      link.removeAttribute('ping');
    });

    function onClick(event: MouseEvent) {
      const target = event.target instanceof Element ? event.target : null;
      const exit = target?.closest('a[data-quick-exit]');
      if (exit) {
        event.preventDefault();
        leave(exitUrl, labels);
        return;
      }
      const reader = target?.closest<HTMLButtonElement>('button[data-read-aloud]');
      if (reader) {
        toggleReading(reader, labels);
        return;
      }
      const tracked = target?.closest<HTMLAnchorElement>('a[data-beacon]');
      if (tracked?.dataset.beacon) postBeacon(tracked.dataset.beacon);
    }

    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Shift' || event.repeat) {
        if (event.key !== 'Shift') shiftTimes = [];
        return;
      }
      const now = Date.now();
      shiftTimes = [...shiftTimes.filter((time) => now - time < SHIFT_WINDOW_MS), now];
      if (shiftTimes.length >= SHIFT_PRESSES) {
        leave(exitUrl, labels);
        return;
      }
      announce(labels.shiftRemaining.replace('{count}', String(SHIFT_PRESSES - shiftTimes.length)));
    }

    function onPageShow(event: PageTransitionEvent) {
      // Coming back through the back/forward cache: show the page again.
      if (event.persisted) document.documentElement.classList.remove('is-exiting');
    }

    if ('speechSynthesis' in window) {
      document.querySelectorAll<HTMLButtonElement>('button[data-read-aloud]').forEach((button) => {
        button.hidden = false;
      });
    }
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('pageshow', onPageShow);
      window.speechSynthesis?.cancel();
    };
  }, [exitUrl, labels]);

  return <div id="exit-announcer" role="status" aria-live="polite" className="sr-only" />;
}

function toggleReading(button: HTMLButtonElement, labels: EnhancementLabels): void {
  const synth = window.speechSynthesis;
  const reading = button.getAttribute('aria-pressed') === 'true';
  synth.cancel();
  document
    .querySelectorAll<HTMLButtonElement>('button[data-read-aloud][aria-pressed="true"]')
    .forEach((other) => {
      other.setAttribute('aria-pressed', 'false');
      other.textContent = labels.readAloud;
    });
  if (reading) return;
  const section = document.getElementById(button.dataset.readAloud ?? '');
  if (!section) return;
  const text = Array.from(section.querySelectorAll('h2, h3, p, li'))
    .map((node) => node.textContent?.trim() ?? '')
    .filter(Boolean)
    .join('\n');
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL';
  utterance.onend = () => {
    button.setAttribute('aria-pressed', 'false');
    button.textContent = labels.readAloud;
  };
  button.setAttribute('aria-pressed', 'true');
  button.textContent = labels.stopReading;
  postBeacon('/api/e?k=read_aloud');
  synth.speak(utterance);
}
