import 'server-only';
import type { Fallback } from '@/lib/routing/types';
import type { PrimaryHelpline } from '@/lib/server/helpline';

/**
 * Lines that are always available, shown prominently when everything else is closed. National numbers, so the
 * defaults are right for every Dutch municipality; they are data, not copy, and could move to configuration.
 */
export const ALWAYS_AVAILABLE: Fallback[] = [
  {
    id: 'emergency-112',
    kind: 'phone',
    label: { nl: '112, alarmnummer', en: '112, emergency number' },
    // Dialled as the short code: a phone recognises '112' as an emergency call, '+31112' is no number at all.
    address: '112',
    whenToUse: {
      nl: 'Bij direct gevaar of een noodgeval.',
      en: 'When someone is in danger right now.',
    },
  },
  {
    id: 'crisis-113',
    kind: 'phone',
    label: { nl: '113 Zelfmoordpreventie, 0800-0113', en: '113 Suicide Prevention, 0800-0113' },
    address: '+318000113',
    whenToUse: {
      nl: 'Denk je aan zelfmoord? Praat er dag en nacht gratis over.',
      en: 'Thinking about suicide? Talk about it for free, day and night.',
    },
  },
  {
    id: 'anonymous-tip',
    kind: 'phone',
    label: { nl: 'Meld Misdaad Anoniem, 0800-7000', en: 'Report Crime Anonymously, 0800-7000' },
    address: '+318007000',
    whenToUse: {
      nl: 'Wil je iets melden over misdaad zonder je naam te geven?',
      en: 'Want to report a crime without giving your name?',
    },
  },
];

/** The configured helpline as the router's last resort: a page is never left without a number. */
export function primaryFallback(helpline: PrimaryHelpline): Fallback {
  return {
    id: 'primary',
    kind: 'phone',
    label: { nl: 'Uitweg hulplijn', en: 'Uitweg helpline' },
    address: helpline.e164,
    whenToUse: { nl: 'Voor al je vragen over hulp.', en: 'For all your questions about help.' },
  };
}
