import type { FieldSpec } from '@/components/staff/form/staff-action-form';
import { languageName } from '@/lib/i18n/language-names';
import { VISITOR_LOCALES } from '@/lib/i18n/locales';

/** "The languages this is answered in": a checkbox per visitor language, named in the staff member's language. */
export function languagesField(options: {
  label: string;
  hint: string;
  locale: 'nl' | 'en';
  /** Comma-separated, as stored. */
  chosen: string;
}): FieldSpec {
  return {
    kind: 'checkboxes',
    name: 'languages',
    label: options.label,
    hint: options.hint,
    options: VISITOR_LOCALES.map((language) => ({
      value: language,
      label: languageName(language, options.locale),
    })),
    defaultValues: options.chosen.split(',').filter(Boolean),
  };
}
