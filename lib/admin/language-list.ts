import { z } from 'zod';
import { VISITOR_LOCALES } from '@/lib/i18n/locales';

/** The `languages` checkboxes of a helpline or team form: at least one visitor language, each once. */
export const languageListSchema = z
  .string()
  .default('')
  .transform((value) => [...new Set(value.split(',').filter(Boolean))])
  .pipe(z.array(z.enum(VISITOR_LOCALES, { message: 'languagesRequired' })).min(1, 'languagesRequired'));
