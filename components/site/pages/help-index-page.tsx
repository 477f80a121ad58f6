import { translator } from '@/lib/i18n/translator';
import { SiteLink as Link } from '@/components/site/site-link';
import type { PrimaryHelpline } from '@/lib/server/helpline';
import { type VisitorLocale, ltrInText } from '@/lib/i18n/locales';

const TOPICS = [
  { key: 'addiction', href: '/help/addiction' },
  { key: 'money', href: '/help/money' },
  { key: 'exit', href: '/help/getting-out' },
] as const;

/** The help overview: one card per topic page. */
export function HelpIndexPage({ helpline, locale }: { helpline: PrimaryHelpline; locale: VisitorLocale }) {
  const t = translator(locale, 'HelpIndexPage');
  return (
    <>
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
      </div>

      <ul className="mt-8 grid gap-4">
        {TOPICS.map((topic) => (
          <li key={topic.key} className="rounded-lg border border-line bg-white p-4 shadow-sm">
            <h2 className="text-xl font-bold">
              <Link locale={locale} href={topic.href} className="inline-flex min-h-11 items-center">
                {t(`${topic.key}.title`)}
              </Link>
            </h2>
            <p className="mt-1">{t(`${topic.key}.text`)}</p>
          </li>
        ))}
      </ul>

      <p className="mt-8">
        {t.rich('notSure', {
          number: ltrInText(helpline.display, locale),
          call: (chunks) => (
            <a href={helpline.href} className="font-semibold whitespace-nowrap">
              {chunks}
            </a>
          ),
        })}
      </p>
    </>
  );
}
