// The one script of every visitor page, loaded with `defer` from our own origin: quick exit (the button and Shift
// pressed three times), read aloud with the browser's own speech synthesis, and tap counting through sendBeacon.
// Everything here enhances server-rendered links and buttons that already work (or stay hidden) without it.
import { postBeacon, takeOverPings } from './beacon';
import { readableText, speechLanguage, voiceFor } from './read-aloud-text';
import { pressShift, SHIFT_PRESSES } from './shift-presses';

const announcer = document.getElementById('exit-announcer');
const text = (name: string) => announcer?.dataset[name] ?? '';

function announce(message: string): void {
  if (announcer) announcer.textContent = message;
}

function leave(exitUrl: string): void {
  document.documentElement.classList.add('is-exiting');
  announce(text('exitAnnouncement'));
  window.speechSynthesis?.cancel();
  postBeacon('/api/e?k=quick_exit');
  // replace(), not assign(): Back must not return to this page on a shared phone.
  window.location.replace(exitUrl);
}

function exitUrl(): string | null {
  return document.querySelector<HTMLAnchorElement>('a[data-quick-exit]')?.href ?? null;
}

function stopAllReading(): void {
  window.speechSynthesis.cancel();
  document
    .querySelectorAll<HTMLButtonElement>('button[data-read-aloud][aria-pressed="true"]')
    .forEach((button) => {
      button.setAttribute('aria-pressed', 'false');
      button.textContent = button.dataset.labelStart ?? '';
    });
}

function toggleReading(button: HTMLButtonElement): void {
  const reading = button.getAttribute('aria-pressed') === 'true';
  stopAllReading();
  if (reading) return;
  const section = document.getElementById(button.dataset.readAloud ?? '');
  if (!section) return;
  const utterance = new SpeechSynthesisUtterance(readableText(section.querySelectorAll('h2, h3, p, li')));
  utterance.lang = speechLanguage(document.documentElement.lang);
  const voice = voiceFor(window.speechSynthesis.getVoices(), document.documentElement.lang);
  if (voice) utterance.voice = voice;
  utterance.onend = () => {
    button.setAttribute('aria-pressed', 'false');
    button.textContent = button.dataset.labelStart ?? '';
  };
  button.setAttribute('aria-pressed', 'true');
  button.textContent = button.dataset.labelStop ?? '';
  postBeacon('/api/e?k=read_aloud');
  window.speechSynthesis.speak(utterance);
}

takeOverPings(document);
/** The buttons show once the browser has a voice for the page's language; voices may arrive after the page. */
function offerReading(): void {
  const voice = voiceFor(window.speechSynthesis.getVoices(), document.documentElement.lang);
  document.querySelectorAll<HTMLButtonElement>('button[data-read-aloud]').forEach((button) => {
    button.dataset.labelStart ??= button.textContent ?? '';
    button.hidden = voice === null;
  });
}

if ('speechSynthesis' in window) {
  offerReading();
  window.speechSynthesis.onvoiceschanged = offerReading;
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const exit = target?.closest<HTMLAnchorElement>('a[data-quick-exit]');
  if (exit) {
    event.preventDefault();
    leave(exit.href);
    return;
  }
  const reader = target?.closest<HTMLButtonElement>('button[data-read-aloud]');
  if (reader) {
    toggleReading(reader);
    return;
  }
  const tracked = target?.closest<HTMLAnchorElement>('a[data-beacon]');
  if (tracked?.dataset.beacon) postBeacon(tracked.dataset.beacon);
});

let shiftPresses: number[] = [];
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Shift') {
    shiftPresses = [];
    return;
  }
  if (event.repeat) return;
  const pressed = pressShift(shiftPresses, Date.now());
  shiftPresses = pressed.presses;
  const target = exitUrl();
  if (pressed.leave && target) {
    leave(target);
    return;
  }
  announce(text('shiftRemaining').replace('{count}', String(SHIFT_PRESSES - shiftPresses.length)));
});

// Coming back through the back/forward cache: show the page again.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) document.documentElement.classList.remove('is-exiting');
});
