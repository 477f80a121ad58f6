import { translator } from '@/lib/i18n/translator';
import { ContentSection } from '@/components/site/content-section';
import { SiteLink as Link } from '@/components/site/site-link';
import { ChannelList } from '@/components/routing/channel-list';
import { type VisitorLocale, ltrInText } from '@/lib/i18n/locales';
import type { RouteResult } from '@/lib/routing/types';
import type { PrimaryHelpline } from '@/lib/server/helpline';
import type { ChannelOrder } from '@/lib/waves/arms';

export interface LandingPageProps {
  helpline: PrimaryHelpline;
  locale: VisitorLocale;
  channels: RouteResult;
  waveCode: string | null;
  /** The reply promise for writing on the site, in working days; null when unknown. */
  replyWithinDays: number | null;
  /** The languages a written message is sure to be answered in; null when unknown. */
  writingLanguages?: readonly VisitorLocale[] | null;
  /** What an experiment arm may change: the first paragraph and which way in comes first. */
  variant?: LandingVariant;
}

export interface LandingVariant {
  /** Replaces the first paragraph ("why you got this SMS"); null keeps it. */
  intro: string | null;
  channelOrder: ChannelOrder;
}

const DEFAULT_VARIANT: LandingVariant = { intro: null, channelOrder: 'call-first' };

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

/** The page an SMS recipient opens: why they got it, that they are anonymous, and a number to call, in one screen. */
export function LandingPage(props: LandingPageProps) {
  const { helpline, locale, channels, waveCode, replyWithinDays, writingLanguages = null } = props;
  const variant = props.variant ?? DEFAULT_VARIANT;
  const t = translator(locale, 'LandingPage');
  const writeFirst = variant.channelOrder === 'write-first';
  const ways = [
    <li key="call">{t('contact.call', { number: ltrInText(helpline.display, locale) })}</li>,
    <li key="write">{t('contact.write')}</li>,
  ];
  return (
    <>
      <div className="space-y-3">
        <h1 className="text-2xl leading-tight font-bold sm:text-4xl">{t('title')}</h1>
        <p className="sm:text-lg" data-testid="landing-intro">
          {variant.intro ?? t('why')}
        </p>
        <section
          aria-labelledby="anonymous-title"
          className="rounded-lg border-s-4 border-brand bg-white p-3 shadow-sm"
        >
          <h2 id="anonymous-title" className="font-bold">
            {t('anonymousTitle')}
          </h2>
          <p className="mt-1">{t('anonymousText')}</p>
        </section>
        <p>
          {t.rich('realCheck', {
            link: (chunks) => (
              <Link
                locale={locale}
                href={
                  waveCode ? { pathname: '/is-this-sms-real', query: { w: waveCode } } : '/is-this-sms-real'
                }
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>

      <ContentSection locale={locale} id="dark-side" title={t('darkSide.title')}>
        <p>{t('darkSide.intro')}</p>
        <ul className="list-disc space-y-1 ps-6">
          <li>{t.rich('darkSide.violence', { strong })}</li>
          <li>{t.rich('darkSide.exploitation', { strong })}</li>
          <li>{t.rich('darkSide.debt', { strong })}</li>
          <li>{t.rich('darkSide.record', { strong })}</li>
          <li>{t.rich('darkSide.arrest', { strong })}</li>
        </ul>
      </ContentSection>

      <ContentSection locale={locale} id="addiction" title={t('addiction.title')}>
        <p>{t('addiction.text')}</p>
        <p>
          <Link locale={locale} href="/help/addiction">
            {t('addiction.link')}
          </Link>
        </p>
      </ContentSection>

      <ContentSection locale={locale} id="money" title={t('money.title')}>
        <p>{t('money.text')}</p>
        <p>
          <Link locale={locale} href="/help/money">
            {t('money.link')}
          </Link>
        </p>
      </ContentSection>

      <ContentSection locale={locale} id="way-out" title={t('wayOut.title')}>
        <p>{t('wayOut.text')}</p>
        <p>{t('wayOut.face')}</p>
        <p>
          <Link locale={locale} href="/help/getting-out">
            {t('wayOut.link')}
          </Link>
        </p>
      </ContentSection>

      <ContentSection locale={locale} id="get-in-touch" title={t('contact.title')}>
        <ul className="list-disc space-y-1 ps-6">
          {writeFirst ? ways.reverse() : ways}
          <li>{t('contact.callback')}</li>
        </ul>
        <ChannelList
          result={channels}
          locale={locale}
          waveCode={waveCode}
          headingLevel={3}
          conversation={{ replyWithinDays, languages: writingLanguages }}
          writeFirst={writeFirst}
        />
        <p>
          <Link locale={locale} href="/contact">
            {t('contact.link')}
          </Link>
        </p>
      </ContentSection>
    </>
  );
}
