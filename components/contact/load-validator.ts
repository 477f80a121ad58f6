import type { ContactParseResult } from '@/lib/contact/schema';

export type ContactValidator = (input: FormData) => ContactParseResult;

let loading: Promise<ContactValidator> | null = null;

/**
 * The form's validation (the server's own zod schema and libphonenumber, about 57 KiB) is fetched and run only once
 * the person starts on the form: on a slow phone, evaluating it with the page cost more main-thread time than all of
 * the rest of the page's own code. zod is configured first (module order is evaluation order).
 */
export function loadContactValidator(): Promise<ContactValidator> {
  loading ??= import('./zod-without-eval')
    .then(() => import('@/lib/contact/schema'))
    .then((schema) => schema.parseContactForm);
  return loading;
}
