import type { ReactNode } from 'react';
import { ReadAloudButton } from './read-aloud-button';
import type { VisitorLocale } from '@/lib/i18n/locales';

/** A titled section of a visitor page with its own read-aloud button. */
export function ContentSection({
  id,
  title,
  locale,
  children,
}: {
  id: string;
  title: string;
  locale: VisitorLocale;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mt-10">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-title`} className="text-2xl font-bold">
          {title}
        </h2>
        <ReadAloudButton sectionId={id} locale={locale} />
      </div>
      <div className="prose-uitweg mt-3 space-y-3">{children}</div>
    </section>
  );
}
