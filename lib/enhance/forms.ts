// The script of pages with a form, loaded with `defer` beside the site script: the proof of work (solved in the
// background once the person starts on the form; a post without it is still accepted, under the stricter limits)
// and the copy button for a conversation key. Pages without a form never load it.
import { encodeSolution, solveChallenge } from '@/lib/contact/proof-of-work-solver';
import type { PowChallenge } from '@/lib/contact/proof-of-work-types';

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
