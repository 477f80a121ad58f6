import 'server-only';
import type { ReactElement } from 'react';
import { AccessibilityPage } from '@/components/site/pages/accessibility-page';
import { HelpIndexPage } from '@/components/site/pages/help-index-page';
import { LandingPage, type LandingVariant } from '@/components/site/pages/landing-page';
import { NotFoundPage } from '@/components/site/pages/not-found-page';
import { ParentsPage } from '@/components/site/pages/parents-page';
import { PrivacyPage } from '@/components/site/pages/privacy-page';
import { ProfessionalsPage } from '@/components/site/pages/professionals-page';
import { RealSmsPage } from '@/components/site/pages/real-sms-page';
import { ResearchPage } from '@/components/site/pages/research-page';
import { type HelpTopic, TopicPage } from '@/components/site/pages/topic-page';
import type { VisitorPathname } from '@/lib/documents/match';
import type { VisitorLocale } from '@/lib/i18n/locales';
import { getConfig } from '@/lib/server/config';
import { findReplyPromise, findWritingLanguages } from '@/lib/server/conversations/promise';
import { getPublicResearch } from '@/lib/server/experiments/public-research';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { routeForRequest } from '@/lib/server/helplines/route-for-request';
import { type ArmSummary, findWaveByCode } from '@/lib/server/waves/wave-directory';

export interface DocumentRequest {
  locale: VisitorLocale;
  query: URLSearchParams;
  /** The link code of the known wave (or arm) a wave link (`/w/<code>`) led to, else null: pages pass it on. */
  waveCode: string | null;
  /** The experiment arm whose link was used: its introduction and channel order change the landing page. */
  arm: ArmSummary | null;
}

/**
 * What a page shows, loaded for one request: `state` is everything that can change its HTML (it keys the cache, so
 * it must be plain data), `render` draws the page's content from it.
 */
export interface LoadedPage {
  state: unknown;
  render: () => ReactElement;
}

type PageLoader = (request: DocumentRequest) => Promise<LoadedPage>;

const WAVE_CODE = /^[A-Za-z0-9-]{1,64}$/;

const landing: PageLoader = async ({ locale, waveCode, arm }) => {
  const [channels, replyWithinDays, writingLanguages] = await Promise.all([
    routeForRequest({ audience: 'recipient', locale }),
    findReplyPromise({ audience: 'recipient' }),
    findWritingLanguages({ audience: 'recipient' }),
  ]);
  const helpline = getPrimaryHelpline();
  const variant = {
    // An arm's introduction is written in Dutch and English only; other languages keep the page's own.
    intro: locale === 'nl' || locale === 'en' ? (arm?.intros[locale] ?? null) : null,
    channelOrder: arm?.channelOrder ?? 'call-first',
  } satisfies LandingVariant;
  return {
    state: { channels, waveCode, replyWithinDays, writingLanguages, variant },
    render: () => (
      <LandingPage
        helpline={helpline}
        locale={locale}
        channels={channels}
        waveCode={waveCode}
        replyWithinDays={replyWithinDays}
        writingLanguages={writingLanguages}
        variant={variant}
      />
    ),
  };
};

function topic(name: HelpTopic, routed: 'addiction' | 'money' | 'exit'): PageLoader {
  return async ({ locale }) => {
    const channels = await routeForRequest({ audience: 'recipient', topic: routed, locale });
    const helpline = getPrimaryHelpline();
    return {
      state: { channels },
      render: () => <TopicPage topic={name} helpline={helpline} locale={locale} channels={channels} />,
    };
  };
}

function textOnly(render: (locale: VisitorLocale) => ReactElement): PageLoader {
  return ({ locale }) => Promise.resolve({ state: null, render: () => render(locale) });
}

/** The visitor pages without a form, served from the cache; those with a form are in ./form-pages.tsx. */
export const DOCUMENT_PAGES: Partial<Record<VisitorPathname, PageLoader>> = {
  '/': landing,
  '/w/[code]': landing,
  '/help': textOnly((locale) => <HelpIndexPage locale={locale} helpline={getPrimaryHelpline()} />),
  '/help/addiction': topic('addiction', 'addiction'),
  '/help/money': topic('money', 'money'),
  '/help/getting-out': topic('exit', 'exit'),
  '/parents': async ({ locale }) => {
    const channels = await routeForRequest({ audience: 'parent', locale });
    return {
      state: { channels },
      render: () => <ParentsPage helpline={getPrimaryHelpline()} locale={locale} channels={channels} />,
    };
  },
  '/professionals': async ({ locale }) => {
    const channels = await routeForRequest({ audience: 'professional', locale });
    return {
      state: { channels },
      render: () => <ProfessionalsPage helpline={getPrimaryHelpline()} locale={locale} channels={channels} />,
    };
  },
  // `?w=<code>` (from a wave's landing page) shows that wave's exact SMS text; anything else the example.
  '/is-this-sms-real': async ({ locale, query }) => {
    const code = query.get('w');
    const found = code && WAVE_CODE.test(code) ? await findWaveByCode(code) : null;
    // An arm's link shows the arm's own SMS text and link.
    const wave = found ? { code: found.linkCode, locale: found.locale, smsText: found.smsText } : null;
    const siteHost = new URL(getConfig().SITE_URL).host;
    return { state: { wave }, render: () => <RealSmsPage locale={locale} wave={wave} siteHost={siteHost} /> };
  },
  '/privacy': ({ locale }) => {
    const days = getConfig().CONVERSATION_RETENTION_DAYS;
    return Promise.resolve({
      state: null,
      render: () => <PrivacyPage locale={locale} conversationRetentionDays={days} />,
    });
  },
  // Finished experiments in plain words, from a 5-second cache; with the database down "not available right now".
  '/research': async ({ locale }) => {
    const research = await getPublicResearch();
    return {
      state: { research },
      render: () => <ResearchPage locale={locale} helpline={getPrimaryHelpline()} research={research} />,
    };
  },
  '/accessibility': textOnly((locale) => (
    <AccessibilityPage locale={locale} helpline={getPrimaryHelpline()} />
  )),
};

export const notFoundPage: PageLoader = textOnly((locale) => <NotFoundPage locale={locale} />);
