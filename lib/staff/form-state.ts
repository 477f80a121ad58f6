/**
 * What every staff server action returns. Errors are message keys (translated by the form), never values the
 * person typed: a password can therefore never travel back in action state.
 */
export type FormState =
  | {
      ok: true;
      message?: string;
      /** A value made for the person who sent the form, shown to them once (an admin's reset link). */
      reveal?: string;
    }
  | {
      ok: false;
      fieldErrors: Record<string, string>;
      formError: string | null;
      /** Safe values to show again after a failed submit without JavaScript (never a password or code). */
      values?: Record<string, string>;
    }
  | null;

export const formError = (key: string, values?: Record<string, string>): FormState => ({
  ok: false,
  fieldErrors: {},
  formError: key,
  ...(values ? { values } : {}),
});

/** Turns zod issues into `{ field: key }`, the first issue per field, the issue message being the key. */
export function fieldErrorsOf(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

/** A FormData as a plain record of its string entries (files ignored); repeated names become comma lists. */
export function formValues(formData: FormData | undefined | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!formData || typeof formData.forEach !== 'function') return out;
  formData.forEach((value, key) => {
    if (typeof value !== 'string') return;
    out[key] = key in out ? `${out[key]},${value}` : value;
  });
  return out;
}
