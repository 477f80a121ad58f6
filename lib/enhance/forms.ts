// The script of pages with a form, loaded with `defer` beside the site script: focus on the error summary of a
// refused post, the proof of work (solved in the background once the person starts on the form; a post without it
// is still accepted, under the stricter limits), the copy button for a conversation key, and forgetting a
// conversation when the browser restores it from its back/forward cache. Pages without a form never load it.
import { encodeSolution, solveChallenge } from '@/lib/contact/proof-of-work-solver';
import type { PowChallenge } from '@/lib/contact/proof-of-work-types';

// The server put the summary first in the form; moving focus there makes a screen reader say what went wrong.
document.querySelector<HTMLElement>('[data-error-summary]')?.focus();

// The answer to a post is a history entry of its own: Back to it (or a reload) would ask to send the form again, and
// a reload would post it twice. Replacing the entry with the same address turns it into a plain GET: Back or reload
// then show the page afresh, the blank form, never what was posted or answered.
window.history.replaceState(null, '', window.location.href);

// A shared phone must not show a conversation or its key again after Back. `no-store` keeps most browsers from
// keeping the page at all; where one restores it anyway, it is emptied at once and loaded afresh (a GET: the blank
// form, never a repeated post).
window.addEventListener('pageshow', (event) => {
  const marked = document.querySelectorAll('[data-forget-on-restore]');
  if (!event.persisted || marked.length === 0) return;
  marked.forEach((node) => node.replaceChildren());
  window.location.replace(window.location.href);
});

function parseChallenge(json: string | undefined): PowChallenge | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as PowChallenge;
  } catch {
    return null;
  }
}

document.querySelectorAll<HTMLFormElement>('form[data-pow]').forEach((form) => {
  const challenge = parseChallenge(form.dataset.pow);
  const field = form.querySelector<HTMLInputElement>('input[name="pow"]');
  if (!challenge || !field) return;
  // Solving costs a slow phone's main thread several hundred milliseconds; the first screen should not pay for it.
  form.addEventListener(
    'focusin',
    () => {
      void solveChallenge(challenge).then((number) => {
        if (number !== null) field.value = encodeSolution(challenge, number);
      });
    },
    { once: true },
  );
});

document.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
  const source = document.getElementById(button.dataset.copy ?? '');
  const status = document.getElementById(button.dataset.copyStatus ?? '');
  if (!source || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(source.textContent?.trim() ?? '').then(
      () => {
        if (status) status.textContent = button.dataset.copied ?? '';
      },
      () => {
        if (status) status.textContent = button.dataset.copyFailed ?? '';
      },
    );
  });
});
