import { getTranslations } from 'next-intl/server';
import { formStrings } from '@/components/staff/form/form-strings';
import { StaffActionForm } from '@/components/staff/form/staff-action-form';
import type { FormState } from '@/lib/staff/form-state';

export interface PrivacyModeFormProps {
  locale: 'nl' | 'en';
  privacyMode: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

/** The admin's switch for privacy mode, on the dashboard it changes. */
export async function PrivacyModeForm({ locale, privacyMode, action }: PrivacyModeFormProps) {
  const t = await getTranslations('DashboardPrivacy');
  return (
    <section aria-labelledby="privacy-title" className="mt-10 rounded-md border border-line p-4 print:hidden">
      <h2 id="privacy-title" className="text-xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-1 max-w-3xl">{t('explanation')}</p>
      <p className="mt-1 font-semibold" data-testid="privacy-state">
        {privacyMode ? t('isOn') : t('isOff')}
      </p>
      <StaffActionForm
        id="privacy-mode"
        action={action}
        fields={[]}
        hidden={{ locale, privacyMode: privacyMode ? 'false' : 'true' }}
        submitLabel={privacyMode ? t('turnOff') : t('turnOn')}
        strings={await formStrings(locale, { invalid: t('errors.invalid') })}
        variant="secondary"
      />
    </section>
  );
}
