import { getTranslations } from 'next-intl/server';
import { saveSettings } from '@/app/[locale]/(staff)/staff/settings/actions';
import { formStrings } from '@/components/staff/form/form-strings';
import { StaffActionForm } from '@/components/staff/form/staff-action-form';
import type { Locale } from '@/lib/i18n/routing';

export async function StaffSettingsPage({ locale, requireTotp }: { locale: Locale; requireTotp: boolean }) {
  const t = await getTranslations({ locale, namespace: 'StaffSettings' });
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <StaffActionForm
        id="settings"
        action={saveSettings}
        hidden={{ locale }}
        submitLabel={t('save')}
        strings={await formStrings(locale, {}, t('saved'))}
        fields={[
          {
            kind: 'checkbox',
            name: 'requireTotp',
            label: t('requireTotp'),
            hint: t('requireTotpHint'),
            defaultChecked: requireTotp,
          },
        ]}
      />
    </div>
  );
}
