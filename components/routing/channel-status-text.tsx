import { translator } from '@/lib/i18n/translator';
import type { ChannelStatus } from '@/lib/routing/types';
import type { VisitorLocale } from '@/lib/i18n/locales';

/** "Open now until 17:00", "Closed. Opens Monday 09:00": computed on the server for the moment of the request. */
export function ChannelStatusText({ status, locale }: { status: ChannelStatus; locale: VisitorLocale }) {
  const t = translator(locale, 'ChannelStatus');
  if (status.state === 'always') return <span>{t('always')}</span>;
  if (status.state === 'open') {
    return (
      <span className="font-semibold text-open">
        {status.until ? t('openUntil', { time: status.until.time }) : t('open')}
      </span>
    );
  }
  const next = status.opensAt;
  let text = t('closed');
  if (next?.isToday) text = t('opensToday', { time: next.time });
  else if (next?.isTomorrow) text = t('opensTomorrow', { time: next.time });
  else if (next) text = t('opensOn', { weekday: String(next.weekday), time: next.time });
  return <span className="font-semibold text-closed">{text}</span>;
}
