import { getTranslations } from 'next-intl/server';
import { formStrings } from '@/components/staff/form/form-strings';
import { type FieldSpec, StaffActionForm } from '@/components/staff/form/staff-action-form';
import { detectableDifference, sampleSizePerArm } from '@/lib/analytics/experiments/power';
import type { WaveArmRecord, WaveRecord } from '@/lib/server/admin/waves';
import type { FormState } from '@/lib/staff/form-state';
import { isPrimaryMeasure, MAX_ARMS, MIN_ARMS, parseArmIntros, PRIMARY_MEASURES } from '@/lib/waves/arms';
import { PlainLanguageMeter } from './plain-language-meter';
import { SmsPreview } from './sms-preview';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface WaveArmsActions {
  addArm: Action;
  removeArm: Action;
  setArmSent: Action;
  savePlan: Action;
  markWaveSent: Action;
}

export interface WaveArmsSectionProps {
  locale: 'nl' | 'en';
  wave: WaveRecord;
  arms: WaveArmRecord[];
  siteUrl: string;
  suggestedArmCode: string;
  actions: WaveArmsActions;
}

const LINK = { link: '{link}' };

const ERROR_KEYS = [
  'codeLength',
  'codeCharacters',
  'codeReserved',
  'codeTooGuessable',
  'codeTaken',
  'labelRequired',
  'labelTooLong',
  'smsRequired',
  'smsTooLong',
  'smsNeedsLink',
  'introTooLong',
  'channelOrderInvalid',
  'tooManyArms',
  'locked',
  'sentInvalid',
  'measureInvalid',
  'baselineInvalid',
  'differenceInvalid',
  'needsTwoArms',
  'needsPlan',
] as const;

/** How many recipients each arm will have: the delivered counts once entered, else an even split of the wave. */
function recipientsPerArm(wave: WaveRecord, arms: WaveArmRecord[]): number {
  const sent = arms.map((arm) => arm.sent);
  if (sent.every((count): count is number => count !== null)) return Math.min(...sent);
  return arms.length > 0 ? Math.floor(wave.recipients / arms.length) : wave.recipients;
}

/**
 * The experiment part of a wave's page: its arms (each with its own link, SMS and segment preview), how many each
 * delivered, the pre-registered plan with its power calculation, and "mark as sent", after which all of it is locked.
 */
export async function WaveArmsSection({
  locale,
  wave,
  arms,
  siteUrl,
  suggestedArmCode,
  actions,
}: WaveArmsSectionProps) {
  const t = await getTranslations('AdminWaveArms');
  const strings = await formStrings(
    locale,
    Object.fromEntries(ERROR_KEYS.map((key) => [key, t(`errors.${key}`, LINK)])),
    t('saved'),
  );
  const locked = wave.markedSentAt !== null;
  const host = new URL(siteUrl).host;
  const plan =
    isPrimaryMeasure(wave.primaryMeasure) &&
    wave.baselinePercent !== null &&
    wave.minDifferencePoints !== null
      ? {
          measure: wave.primaryMeasure,
          baseline: wave.baselinePercent,
          difference: wave.minDifferencePoints,
          needed: sampleSizePerArm({
            baseline: wave.baselinePercent / 100,
            difference: wave.minDifferencePoints / 100,
          }),
        }
      : null;
  const available = recipientsPerArm(wave, arms);
  const detectable = plan && available > 0 ? detectableDifference(available, plan.baseline / 100) : null;
  const meterLabels = {
    figures: t('plainFigures'),
    longWords: t('plainLongWords'),
    plain: t('plainOk'),
    notPlain: t('plainNotOk'),
  };
  const addFields: FieldSpec[] = [
    { kind: 'text', name: 'code', label: t('code'), hint: t('codeHint'), defaultValue: suggestedArmCode },
    { kind: 'text', name: 'label', label: t('label'), hint: t('labelHint') },
    {
      kind: 'textarea',
      name: 'smsText',
      label: t('smsText'),
      hint: t('smsTextHint', LINK),
      defaultValue: wave.smsText,
    },
    { kind: 'textarea', name: 'introNl', label: t('introNl'), hint: t('introHint') },
    { kind: 'textarea', name: 'introEn', label: t('introEn'), hint: t('introHint') },
    {
      kind: 'select',
      name: 'channelOrder',
      label: t('channelOrder'),
      hint: t('channelOrderHint'),
      options: [
        { value: 'call-first', label: t('callFirst') },
        { value: 'write-first', label: t('writeFirst') },
      ],
      defaultValue: 'call-first',
    },
  ];

  return (
    <section
      aria-labelledby="arms-title"
      className="mt-10 rounded-md border border-line p-4"
      data-testid="wave-arms"
    >
      <h2 id="arms-title" className="text-xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-1 max-w-2xl">{t('intro', { min: MIN_ARMS, max: MAX_ARMS })}</p>
      {locked ? (
        <p className="mt-2 border-l-4 border-brand bg-brand-soft p-3 font-semibold" data-testid="wave-locked">
          {t('locked')}
        </p>
      ) : null}

      {arms.length > 0 ? (
        <ol className="mt-4 space-y-6">
          {arms.map((arm) => {
            const intros = parseArmIntros(arm.intros);
            return (
              <li key={arm.id} className="border-t border-line pt-4" data-testid="wave-arm">
                <h3 className="text-lg font-bold">
                  {arm.label}{' '}
                  <span className="font-normal">
                    ({arm.channelOrder === 'write-first' ? t('writeFirst') : t('callFirst')})
                  </span>
                </h3>
                <p>
                  {t('link')} <code data-testid="arm-link">{`${host}/w/${arm.code}`}</code>
                </p>
                {(['nl', 'en'] as const).map((introLocale) =>
                  intros[introLocale] ? (
                    <p key={introLocale} className="mt-1">
                      <span className="font-semibold">
                        {introLocale === 'nl' ? t('introNl') : t('introEn')}:
                      </span>{' '}
                      <span lang={introLocale}>{intros[introLocale]}</span>
                    </p>
                  ) : null,
                )}
                <SmsPreview
                  template={arm.smsText}
                  code={arm.code}
                  siteUrl={siteUrl}
                  locale={wave.locale === 'en' ? 'en' : 'nl'}
                  headingId={`sms-preview-${arm.id}`}
                  headingLevel={4}
                />
                <div className="mt-3 max-w-md">
                  <StaffActionForm
                    id={`arm-sent-${arm.position}`}
                    action={actions.setArmSent}
                    fields={[
                      {
                        kind: 'text',
                        name: 'sent',
                        label: t('sent', { label: arm.label }),
                        hint: t('sentHint'),
                        inputMode: 'numeric',
                        defaultValue: arm.sent === null ? '' : String(arm.sent),
                      },
                    ]}
                    hidden={{ locale, waveId: wave.id, armId: arm.id }}
                    submitLabel={t('saveSent')}
                    strings={strings}
                    variant="secondary"
                  />
                </div>
                {!locked ? (
                  <div className="mt-3">
                    <StaffActionForm
                      id={`arm-remove-${arm.position}`}
                      action={actions.removeArm}
                      fields={[]}
                      hidden={{ locale, waveId: wave.id, armId: arm.id }}
                      submitLabel={t('remove', { label: arm.label })}
                      strings={strings}
                      variant="warning"
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="mt-4">{t('none')}</p>
      )}

      {arms.length > 0 ? (
        <div className="mt-6 max-w-2xl" data-testid="sender-export">
          <h3 className="text-lg font-bold">{t('splitTitle')}</h3>
          <p className="mt-1">{t('splitText', { arms: arms.length })}</p>
          <p className="mt-2">
            <a
              href={`/${locale}/staff/waves/${wave.id}/export`}
              className="inline-flex min-h-11 items-center font-bold"
            >
              {t('exportLink')}
            </a>
          </p>
        </div>
      ) : null}

      {!locked && arms.length < MAX_ARMS ? (
        <div className="mt-6 max-w-2xl">
          <h3 className="text-lg font-bold">{t('addTitle')}</h3>
          <StaffActionForm
            id="arm-add"
            action={actions.addArm}
            fields={addFields}
            hidden={{ locale, waveId: wave.id }}
            submitLabel={t('add')}
            strings={strings}
          />
          <PlainLanguageMeter fieldId="arm-add-introNl" initialText="" labels={meterLabels} />
          <PlainLanguageMeter fieldId="arm-add-introEn" initialText="" labels={meterLabels} />
        </div>
      ) : null}

      <div className="mt-8 max-w-2xl" data-testid="wave-plan">
        <h3 className="text-lg font-bold">{t('planTitle')}</h3>
        <p className="mt-1">{t('planText')}</p>
        {plan ? (
          <p className="mt-2" data-testid="plan-summary">
            {t('planSummary', {
              measure: t(`measures.${plan.measure}`),
              baseline: plan.baseline,
              difference: plan.difference,
            })}{' '}
            {plan.needed === null ? null : (
              <strong data-testid="plan-needed">{t('planNeeded', { needed: plan.needed })}</strong>
            )}
          </p>
        ) : null}
        {plan?.needed && available < plan.needed ? (
          <p className="mt-2 border-l-4 border-exit p-3" role="note" data-testid="plan-too-small">
            {t('tooSmall', { available, needed: plan.needed })}{' '}
            {detectable !== null
              ? t('detectable', { points: Math.round(detectable * 1000) / 10 })
              : t('detectableNone')}{' '}
            {t('pooling')}
          </p>
        ) : null}
        {!locked ? (
          <StaffActionForm
            id="wave-plan-form"
            action={actions.savePlan}
            fields={[
              {
                kind: 'select',
                name: 'primaryMeasure',
                label: t('measure'),
                hint: t('measureHint'),
                options: PRIMARY_MEASURES.map((measure) => ({
                  value: measure,
                  label: t(`measures.${measure}`),
                })),
                defaultValue: wave.primaryMeasure || 'reachedOut',
              },
              {
                kind: 'text',
                name: 'baselinePercent',
                label: t('baseline'),
                hint: t('baselineHint'),
                inputMode: 'text',
                defaultValue: wave.baselinePercent === null ? '' : String(wave.baselinePercent),
              },
              {
                kind: 'text',
                name: 'minDifferencePoints',
                label: t('difference'),
                hint: t('differenceHint'),
                inputMode: 'text',
                defaultValue: wave.minDifferencePoints === null ? '' : String(wave.minDifferencePoints),
              },
            ]}
            hidden={{ locale, waveId: wave.id }}
            submitLabel={t('savePlan')}
            strings={strings}
          />
        ) : null}
      </div>

      {!locked ? (
        <div className="mt-8 max-w-2xl">
          <h3 className="text-lg font-bold">{t('markSentTitle')}</h3>
          <p className="mt-1">{t('markSentText')}</p>
          <StaffActionForm
            id="wave-mark-sent"
            action={actions.markWaveSent}
            fields={[]}
            hidden={{ locale, waveId: wave.id }}
            submitLabel={t('markSent')}
            strings={strings}
            variant="warning"
          />
        </div>
      ) : null}
    </section>
  );
}
