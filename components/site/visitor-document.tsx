import type { ReactNode } from 'react';
import { alternatePath } from '@/lib/i18n/alternate-path';
import { DEFAULT_VISITOR_LOCALE, directionOf, type VisitorLocale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { SiteShell, type SiteShellProps } from './site-shell';

export interface DocumentAssets {
  stylesheet: string;
  script: string;
  forms?: string;
}

export interface VisitorDocumentProps extends Omit<SiteShellProps, 'children'> {
  assets: DocumentAssets;
  /** The public address of the site, for the `hreflang` alternates. */
  siteUrl: string;
  children: ReactNode;
}

/**
 * A whole visitor page as a document: HTML, one stylesheet and our own deferred script, nothing inline, so the same
 * bytes serve every visitor from the cache and the CSP needs no nonce. A neutral title on every page: a shared
 * phone's tab list must not reveal what was read.
 */
export function VisitorDocument({ assets, siteUrl, children, ...shell }: VisitorDocumentProps) {
  const t = translator(shell.locale, 'Metadata');
  const alternate = (target: VisitorLocale) => new URL(alternatePath(shell.pathname, target), siteUrl).href;
  return (
    <html lang={shell.locale} dir={directionOf(shell.locale)}>
      {/* Rendered by our own layer, not by Next: there is no next/head here, and none is needed. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{t('title')}</title>
        <meta name="description" content={t('description')} />
        <meta name="robots" content="index, follow" />
        <meta name="referrer" content="same-origin" />
        <meta name="format-detection" content="telephone=no" />
        <meta name="theme-color" content="#0b6e63" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        {shell.locales.map((locale) => (
          <link key={locale} rel="alternate" hrefLang={locale} href={alternate(locale)} />
        ))}
        <link rel="alternate" hrefLang="x-default" href={alternate(DEFAULT_VISITOR_LOCALE)} />
        <link rel="stylesheet" href={assets.stylesheet} />
        <script src={assets.script} defer />
        {assets.forms && <script src={assets.forms} defer />}
      </head>
      <body className="min-h-dvh">
        <SiteShell {...shell}>{children}</SiteShell>
      </body>
    </html>
  );
}
