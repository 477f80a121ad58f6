import { getTranslations } from 'next-intl/server';
import { RANGE_PRESETS, type ResolvedRange } from '@/lib/analytics/range';
import type { ExportBreakdown } from '@/lib/analytics/csv';
import type { WaveOption } from '@/lib/server/analytics/dashboard';

export interface DashboardFiltersProps {
  locale: string;
  range: ResolvedRange;
  waves: WaveOption[];
  chosenWaves: string[];
  /** The export breakdown the analyst asked about, kept when the period or waves change; null when not asked. */
  askedBreakdown: ExportBreakdown | null;
}

/** The period and waves to show: a plain GET form, so the view is a shareable link and works without JavaScript. */
export async function DashboardFilters({
  locale,
  range,
  waves,
  chosenWaves,
  askedBreakdown,
}: DashboardFiltersProps) {
  const t = await getTranslations('DashboardFilters');
  return (
    <form
      method="get"
      action={`/${locale}/staff/dashboard`}
      className="mt-4 rounded-md border border-line p-4 print:hidden"
    >
      {askedBreakdown ? <input type="hidden" name="breakdown" value={askedBreakdown} /> : null}
      <div className="flex flex-wrap gap-8">
        <fieldset>
          <legend className="font-bold">{t('period')}</legend>
          {RANGE_PRESETS.map((preset) => (
            <div key={preset} className="mt-1 flex items-center gap-2">
              <input
                type="radio"
                id={`preset-${preset}`}
                name="preset"
                value={preset}
                defaultChecked={range.preset === preset}
                className="size-5"
              />
              <label htmlFor={`preset-${preset}`}>{t(`preset.${preset}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="flex flex-col gap-2">
          <p id="custom-hint" className="m-0 max-w-xs text-sm text-muted">
            {t('customHint')}
          </p>
          <label htmlFor="range-from" className="font-semibold">
            {t('from')}
          </label>
          <input
            type="date"
            id="range-from"
            name="from"
            defaultValue={range.from}
            aria-describedby="custom-hint"
            className="min-h-11 border-2 border-ink bg-white px-2"
          />
          <label htmlFor="range-to" className="font-semibold">
            {t('to')}
          </label>
          <input
            type="date"
            id="range-to"
            name="to"
            defaultValue={range.to}
            aria-describedby="custom-hint"
            className="min-h-11 border-2 border-ink bg-white px-2"
          />
        </div>
        <fieldset aria-describedby="waves-hint">
          <legend className="font-bold">{t('waves')}</legend>
          <p id="waves-hint" className="m-0 text-sm text-muted">
            {t('wavesHint')}
          </p>
          <div className="mt-1 max-h-56 overflow-y-auto">
            {waves.map((wave) => (
              <div key={wave.code} className="mt-1 flex items-center gap-2">
                <input
                  type="checkbox"
                  id={`wave-${wave.code}`}
                  name="wave"
                  value={wave.code}
                  defaultChecked={chosenWaves.includes(wave.code)}
                  className="size-5"
                />
                <label htmlFor={`wave-${wave.code}`}>
                  {wave.name} <span className="text-sm text-muted">({wave.sentOn})</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button
        type="submit"
        className="mt-4 min-h-11 rounded-md border-2 border-brand bg-brand px-4 py-2 font-bold text-white"
      >
        {t('submit')}
      </button>
    </form>
  );
}
