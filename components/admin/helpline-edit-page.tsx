import { getTranslations } from 'next-intl/server';
import { formStrings } from '@/components/staff/form/form-strings';
import { type FieldSpec, StaffActionForm } from '@/components/staff/form/staff-action-form';
import { formatExceptions, formatWeekly } from '@/lib/admin/schedule-text';
import { AUDIENCES, CHANNEL_KINDS, type Schedule, TOPICS } from '@/lib/routing/types';
import type { HelplineRecord } from '@/lib/server/admin/helplines';
import { languagesField } from './language-field';
import type { FormState } from '@/lib/staff/form-state';

export interface HelplineEditPageProps {
  locale: 'nl' | 'en';
  /** null when adding a helpline. */
  helpline: HelplineRecord | null;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

const ERROR_KEYS = [
  'idInvalid',
  'idTaken',
  'labelNlRequired',
  'labelEnRequired',
  'labelTooLong',
  'kindInvalid',
  'addressRequired',
  'addressInvalid',
  'addressPhone',
  'addressEmail',
  'addressLink',
  'audiencesRequired',
  'topicsRequired',
  'languagesRequired',
  'priorityInvalid',
  'weeklyInvalid',
  'exceptionsInvalid',
] as const;

function parseSchedule(json: string | undefined): Schedule {
  try {
    const value = JSON.parse(json ?? '') as Partial<Schedule>;
    return {
      weekly: Array.isArray(value.weekly) ? value.weekly : [],
      exceptions: Array.isArray(value.exceptions) ? value.exceptions : [],
      closedOnPublicHolidays: value.closedOnPublicHolidays !== false,
      ...(value.alwaysOpen ? { alwaysOpen: true } : {}),
    };
  } catch {
    return { weekly: [], exceptions: [], closedOnPublicHolidays: true };
  }
}

const splitList = (value: string | undefined) => (value ?? '').split(',').filter(Boolean);

/** Edit (or add) a helpline: number, labels, who it is for, and its opening hours with exceptions. */
export async function HelplineEditPage({ locale, helpline, action }: HelplineEditPageProps) {
  const t = await getTranslations('AdminHelplineForm');
  const schedule = parseSchedule(helpline?.schedule);
  const errors = Object.fromEntries(ERROR_KEYS.map((key) => [key, t(`errors.${key}`)]));
  const fields: FieldSpec[] = [
    ...(helpline ? [] : [{ kind: 'text' as const, name: 'id', label: t('id'), hint: t('idHint') }]),
    { kind: 'text', name: 'labelNl', label: t('labelNl'), defaultValue: helpline?.labelNl ?? '' },
    { kind: 'text', name: 'labelEn', label: t('labelEn'), defaultValue: helpline?.labelEn ?? '' },
    {
      kind: 'select',
      name: 'kind',
      label: t('kind'),
      options: CHANNEL_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
      defaultValue: helpline?.kind ?? 'phone',
    },
    {
      kind: 'text',
      name: 'address',
      label: t('address'),
      hint: t('addressHint'),
      defaultValue: helpline?.address ?? '',
    },
    {
      kind: 'checkboxes',
      name: 'audiences',
      label: t('audiences'),
      options: AUDIENCES.map((audience) => ({ value: audience, label: t(`audience.${audience}`) })),
      defaultValues: splitList(helpline?.audiences),
    },
    {
      kind: 'checkboxes',
      name: 'topics',
      label: t('topics'),
      options: TOPICS.map((topic) => ({ value: topic, label: t(`topic.${topic}`) })),
      defaultValues: splitList(helpline?.topics),
    },
    languagesField({
      label: t('languages'),
      hint: t('languagesHint'),
      locale,
      chosen: helpline?.languages ?? 'nl,en',
    }),
    {
      kind: 'text',
      name: 'priority',
      label: t('priority'),
      hint: t('priorityHint'),
      inputMode: 'numeric',
      defaultValue: String(helpline?.priority ?? 100),
    },
    {
      kind: 'textarea',
      name: 'weekly',
      label: t('weekly'),
      hint: t('weeklyHint'),
      defaultValue: formatWeekly(schedule.weekly, locale),
    },
    {
      kind: 'textarea',
      name: 'exceptions',
      label: t('exceptions'),
      hint: t('exceptionsHint'),
      defaultValue: formatExceptions(schedule.exceptions, locale),
    },
    {
      kind: 'checkbox',
      name: 'alwaysOpen',
      label: t('alwaysOpen'),
      defaultChecked: schedule.alwaysOpen === true,
    },
    {
      kind: 'checkbox',
      name: 'closedOnPublicHolidays',
      label: t('closedOnPublicHolidays'),
      defaultChecked: schedule.closedOnPublicHolidays,
    },
    {
      kind: 'checkbox',
      name: 'active',
      label: t('active'),
      hint: t('activeHint'),
      defaultChecked: helpline?.active ?? true,
    },
  ];
  return (
    <>
      <p className="mb-4">
        <a href={`/${locale}/staff/helplines`} className="inline-flex min-h-11 items-center">
          {t('back')}
        </a>
      </p>
      <h1 className="text-3xl font-bold">
        {helpline
          ? t('editTitle', { label: locale === 'en' ? helpline.labelEn : helpline.labelNl })
          : t('newTitle')}
      </h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <div className="mt-6 max-w-2xl">
        <StaffActionForm
          id="helpline-form"
          action={action}
          fields={fields}
          hidden={{ locale, ...(helpline ? { id: helpline.id } : {}) }}
          submitLabel={helpline ? t('save') : t('create')}
          strings={await formStrings(locale, errors, t('saved'))}
        />
      </div>
      <p className="mt-6">
        <a href={`/${locale}/staff/helplines#preview-title`} className="inline-flex min-h-11 items-center">
          {t('toPreview')}
        </a>
      </p>
    </>
  );
}
