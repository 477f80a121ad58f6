import { translator } from '@/lib/i18n/translator';
import { languageList } from '@/lib/i18n/language-names';
import { channelLanguages } from '@/lib/routing/route';
import { StaffText } from '@/components/site/staff-text';
import { formatDutchNational, telHref } from '@/lib/routing/phone-format';
import type { VisitorLocale } from '@/lib/i18n/locales';
import type { RouteResult } from '@/lib/routing/types';
import { SiteLink as Link } from '@/components/site/site-link';
import { beaconUrl } from '@/lib/counting/beacon';
import { ChannelLink, displayAddress } from './channel-link';
import { ChannelStatusText } from './channel-status-text';

export interface ChannelListProps {
  result: RouteResult;
  locale: VisitorLocale;
  waveCode: string | null;
  headingLevel?: 2 | 3;
  /** Offer writing anonymously and reading the answer on the site, with the team's reply promise (working days). */
  conversation?: { replyWithinDays: number | null; languages?: readonly VisitorLocale[] | null };
  /** An experiment arm's "write first": the anonymous conversation comes before the open channels. */
  writeFirst?: boolean;
}

/** Where a channel is not answered in the page's language, which languages it is answered in. */
function LanguageNote({ languages, locale }: { languages: readonly VisitorLocale[]; locale: VisitorLocale }) {
  if (languages.includes(locale)) return null;
  const t = translator(locale, 'ChannelList');
  return (
    <span className="block text-sm" data-testid="language-note">
      {t('answeredIn', { languages: languageList(languages, locale) })}
    </span>
  );
}

/** Writing in one's own language, said plainly: yes where every team answers in it, else which languages. */
function WritingNote({ languages, locale }: { languages: readonly VisitorLocale[]; locale: VisitorLocale }) {
  const t = translator(locale, 'ChannelList');
  const own = languages.includes(locale);
  // On Dutch and English pages the usual case (written to in Dutch or English) needs no sentence.
  if (own && (locale === 'nl' || locale === 'en')) return null;
  return (
    <span className="text-sm font-semibold" data-testid="writing-note">
      {own ? t('writeOwnLanguage') : t('writtenAnswerIn', { languages: languageList(languages, locale) })}
    </span>
  );
}

/**
 * The ways to reach a person for this audience and topic, as routed for this moment: open channels as buttons;
 * closed ones as plain text with their next opening (never a dead number presented as if it would answer); when no
 * phone is staffed, the callback request first; and the always-available lines, prominent when nothing is open.
 */
export function ChannelList(props: ChannelListProps) {
  const { result, locale, waveCode, headingLevel = 2, conversation, writeFirst = false } = props;
  const t = translator(locale, 'ChannelList');
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  const nothingOpen = result.open.every((routed) => routed.status.state === 'always');
  // No channel known at all (none configured, or the database unreachable): nothing is known about opening hours, so
  // the list offers the configured helpline instead of claiming that nobody answers the phone.
  const unknown = result.open.length === 0 && result.closed.length === 0;

  const fallbacks = (
    <div className={nothingOpen ? 'rounded-lg border-2 border-exit bg-white p-4' : 'mt-6'}>
      <SubHeading className="font-bold">{t('fallbacksTitle')}</SubHeading>
      <ul className="mt-2 space-y-3">
        {result.fallbacks.map((line) => (
          <li key={line.id}>
            <a
              href={telHref(line.address)}
              ping={beaconUrl({ kind: 'tap', channel: line.id, wave: waveCode })}
              className="inline-flex min-h-11 items-center font-bold"
            >
              <StaffText text={line.label} locale={locale} />
            </a>
            <p className="text-sm text-muted">
              <StaffText text={line.whenToUse} locale={locale} />
            </p>
          </li>
        ))}
      </ul>
    </div>
  );

  const openChannels = result.open.length > 0 && (
    <ul className="space-y-3" aria-label={t('openLabel')}>
      {result.open.map(({ channel, status }) => (
        <li key={channel.id} className="flex flex-col gap-1">
          <ChannelLink channel={channel} locale={locale} waveCode={waveCode} />
          <ChannelStatusText locale={locale} status={status} />
          <LanguageNote languages={channelLanguages(channel)} locale={locale} />
        </li>
      ))}
    </ul>
  );

  const writing = conversation && (
    <p className="flex flex-col gap-1" data-testid="conversation-channel">
      <Link
        locale={locale}
        href={{
          pathname: '/contact',
          query: waveCode ? { reach: 'conversation', w: waveCode } : { reach: 'conversation' },
        }}
        className="inline-flex min-h-11 flex-wrap items-center gap-x-2 rounded-md bg-brand px-4 py-2 font-bold text-white no-underline hover:bg-brand-dark"
      >
        {t('conversation')}
      </Link>
      <span className="text-sm">
        {conversation.replyWithinDays === null
          ? t('conversationNoPromise')
          : t('conversationPromise', { days: conversation.replyWithinDays })}
      </span>
      {conversation.languages && <WritingNote languages={conversation.languages} locale={locale} />}
    </p>
  );

  return (
    <section aria-labelledby="channels-title" className="mt-6 space-y-4" data-testid="channel-list">
      <Heading id="channels-title" className="text-xl font-bold">
        {t('title')}
      </Heading>
      {!result.anyPhoneOpen && !unknown && (
        <p className="rounded-md bg-brand-soft p-3">
          {t.rich('phoneClosed', {
            link: (chunks) => (
              <Link locale={locale} href="/contact">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      {unknown && (
        <p>
          <a
            href={telHref(result.primary.address)}
            ping={beaconUrl({ kind: 'tap', channel: result.primary.id, wave: waveCode })}
            className="inline-flex min-h-11 flex-wrap items-center gap-x-2 rounded-md bg-brand px-4 py-2 font-bold text-white no-underline hover:bg-brand-dark"
          >
            <span>
              <StaffText text={result.primary.label} locale={locale} />
            </span>
            <span className="font-normal whitespace-nowrap" dir="ltr">
              {formatDutchNational(result.primary.address)}
            </span>
          </a>
        </p>
      )}
      {nothingOpen && fallbacks}
      {writeFirst ? writing : openChannels}
      {writeFirst ? openChannels : writing}
      {result.closed.length > 0 && (
        <div>
          <SubHeading className="font-bold">{t('laterTitle')}</SubHeading>
          <ul className="mt-2 space-y-2">
            {result.closed.map(({ channel, status }) => (
              <li key={channel.id} data-closed-channel={channel.id}>
                <span className="font-semibold">
                  <StaffText text={channel.label} locale={locale} />
                </span>{' '}
                <span className="whitespace-nowrap" dir="ltr">
                  {displayAddress(channel)}
                </span>
                <br />
                <ChannelStatusText locale={locale} status={status} />
                <LanguageNote languages={channelLanguages(channel)} locale={locale} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {!nothingOpen && fallbacks}
    </section>
  );
}
