import { getTranslations } from 'next-intl/server';

/** Hidden until the enhancement finds speech synthesis in the browser: no dead button where it cannot work. */
export async function ReadAloudButton({ sectionId }: { sectionId: string }) {
  const t = await getTranslations('ReadAloud');
  return (
    <button
      type="button"
      hidden
      data-read-aloud={sectionId}
      aria-pressed="false"
      aria-describedby={`${sectionId}-title`}
      className="no-print inline-flex min-h-11 items-center rounded-md border border-brand px-3 py-1 text-sm font-semibold text-brand-dark hover:bg-brand-soft"
    >
      {t('start')}
    </button>
  );
}
