import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { FormStrings } from './staff-action-form';

/**
 * The strings a StaffActionForm needs (a client component cannot read messages itself): the shared StaffForm
 * strings plus the calling component's own error messages, by key.
 */
export async function formStrings(
  locale: Locale,
  errors: Record<string, string> = {},
  success?: string,
  revealLabel?: string,
): Promise<FormStrings> {
  const common = await getTranslations({ locale, namespace: 'StaffForm' });
  return {
    errorSummaryTitle: common('errorSummaryTitle'),
    errorPrefix: common('errorPrefix'),
    errors: {
      unknown: common('unknownError'),
      notFound: common('notFound'),
      notAllowed: common('notAllowed'),
      ...errors,
    },
    ...(success ? { success } : {}),
    ...(revealLabel ? { revealLabel } : {}),
  };
}
