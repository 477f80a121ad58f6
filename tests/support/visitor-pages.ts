/** The visitor pages the browser tests walk through, in every language, with what each must show. */
import ar from '@/messages/ar.json';
import pl from '@/messages/pl.json';
import tr from '@/messages/tr.json';
import { ltrInText, type VisitorLocale } from '@/lib/i18n/locales';
import { type VisitorPathname, visitorPattern } from '@/lib/i18n/visitor-paths';

export type { VisitorLocale } from '@/lib/i18n/locales';

export interface VisitorPage {
  path: string;
  locale: VisitorLocale;
  heading: string;
  /** Extra text the page must show (e.g. the wave's own SMS text). */
  shows?: string;
}

export const LANDING_HEADING = {
  nl: 'Je nummer is gevonden in de telefoon van een dealer',
  en: "Your number was found in a dealer's phone",
} as const;

export const HELPLINE = { display: '030 200 1234', href: 'tel:+31302001234' } as const;
export const NEUTRAL_SITE = 'https://www.buienradar.nl/';

/** The languages added after Dutch and English: their pages and texts come from their message files. */
export const NEW_LOCALES = ['pl', 'tr', 'ar'] as const;
const MESSAGES = { pl, tr, ar };

/** The call button in the help bar: its accessible name is the label and the number. */
export const CALL_LABEL: Record<VisitorLocale, string> = {
  nl: `Bel gratis en anoniem: ${HELPLINE.display}`,
  en: `Call free and anonymously: ${HELPLINE.display}`,
  pl: `${pl.HelpBar.call} ${HELPLINE.display}`,
  tr: `${tr.HelpBar.call} ${HELPLINE.display}`,
  ar: `${ar.HelpBar.call} ${HELPLINE.display}`,
};
/** The quick exit's accessible name ("Noodknop:" is read out only). */
export const QUICK_EXIT_LABEL: Record<VisitorLocale, string> = {
  nl: 'Noodknop: Snel weg',
  en: 'Emergency: Leave quickly',
  pl: `${pl.QuickExit.srPrefix} ${pl.QuickExit.label}`,
  tr: `${tr.QuickExit.srPrefix} ${tr.QuickExit.label}`,
  ar: `${ar.QuickExit.srPrefix} ${ar.QuickExit.label}`,
};
export const QUICK_EXIT_TEXT: Record<VisitorLocale, string> = {
  nl: 'Snel weg',
  en: 'Leave quickly',
  pl: pl.QuickExit.label,
  tr: tr.QuickExit.label,
  ar: ar.QuickExit.label,
};

/** Each page's heading, by its message: the same key in every language. */
const HEADINGS: [VisitorPathname, (messages: typeof pl) => string][] = [
  ['/', (m) => m.LandingPage.title],
  ['/is-this-sms-real', (m) => m.RealSmsPage.title],
  ['/help', (m) => m.HelpIndexPage.title],
  ['/help/addiction', (m) => m.TopicPage.addiction.title],
  ['/help/money', (m) => m.TopicPage.money.title],
  ['/help/getting-out', (m) => m.TopicPage.exit.title],
  ['/parents', (m) => m.ParentsPage.title],
  ['/professionals', (m) => m.ProfessionalsPage.title],
  ['/contact', (m) => m.ContactPage.title],
  ['/contact/status', (m) => m.ContactStatusPage.title],
  ['/conversation', (m) => m.ConversationPage.title],
  ['/privacy', (m) => m.PrivacyPage.title],
  ['/accessibility', (m) => m.AccessibilityPage.title],
  ['/research', (m) => m.ResearchPage.title],
];

const localized = (page: VisitorPathname, locale: VisitorLocale) =>
  page === '/' ? `/${locale}` : `/${locale}${visitorPattern(page, locale)}`;

export const VISITOR_PAGES: VisitorPage[] = [
  { path: '/nl', locale: 'nl', heading: LANDING_HEADING.nl },
  { path: '/w/utr-x7k2', locale: 'nl', heading: LANDING_HEADING.nl },
  { path: '/nl/is-deze-sms-echt', locale: 'nl', heading: 'Is deze sms echt?' },
  {
    path: '/nl/is-deze-sms-echt?w=utr-x7k2',
    locale: 'nl',
    heading: 'Is deze sms echt?',
    shows: 'Politie Utrecht: je nummer stond in de telefoon van een drugsdealer die is opgepakt.',
  },
  { path: '/nl/hulp', locale: 'nl', heading: 'Hulp' },
  { path: '/nl/hulp/verslaving', locale: 'nl', heading: 'Hulp bij verslaving' },
  { path: '/nl/hulp/geldproblemen', locale: 'nl', heading: 'Hulp bij geldproblemen' },
  { path: '/nl/hulp/eruit-stappen', locale: 'nl', heading: 'Eruit stappen' },
  { path: '/nl/ouders', locale: 'nl', heading: 'Voor ouders' },
  { path: '/nl/professionals', locale: 'nl', heading: 'Voor professionals' },
  { path: '/nl/contact', locale: 'nl', heading: 'Neem contact op' },
  { path: '/nl/contact/status', locale: 'nl', heading: 'Volg je bericht' },
  { path: '/nl/gesprek', locale: 'nl', heading: 'Je gesprek' },
  { path: '/nl/privacy', locale: 'nl', heading: 'Privacy' },
  { path: '/nl/toegankelijkheid', locale: 'nl', heading: 'Toegankelijkheid' },
  {
    path: '/nl/onderzoek',
    locale: 'nl',
    heading: 'Onderzoek',
    // The finished demo experiment; the running one is not listed.
    shows: 'Met ‘schrijf eerst’ zochten meer mensen contact dan met ‘bel eerst’.',
  },
  { path: '/en', locale: 'en', heading: LANDING_HEADING.en },
  { path: '/w/utr-q8r3', locale: 'en', heading: LANDING_HEADING.en },
  { path: '/en/is-this-sms-real', locale: 'en', heading: 'Is this text message real?' },
  {
    path: '/en/is-this-sms-real?w=utr-q8r3',
    locale: 'en',
    heading: 'Is this text message real?',
    shows: 'Utrecht police: your number was in the phone of a drug dealer who was arrested.',
  },
  { path: '/en/help', locale: 'en', heading: 'Help' },
  { path: '/en/help/addiction', locale: 'en', heading: 'Help with addiction' },
  { path: '/en/help/money', locale: 'en', heading: 'Help with money problems' },
  { path: '/en/help/getting-out', locale: 'en', heading: 'Getting out' },
  { path: '/en/parents', locale: 'en', heading: 'For parents' },
  { path: '/en/professionals', locale: 'en', heading: 'For professionals' },
  { path: '/en/contact', locale: 'en', heading: 'Get in touch' },
  { path: '/en/contact/status', locale: 'en', heading: 'Check your message' },
  { path: '/en/conversation', locale: 'en', heading: 'Your conversation' },
  { path: '/en/privacy', locale: 'en', heading: 'Privacy' },
  { path: '/en/accessibility', locale: 'en', heading: 'Accessibility' },
  {
    path: '/en/research',
    locale: 'en',
    heading: 'Research',
    shows: 'More people got in touch with ‘schrijf eerst’ than with ‘bel eerst’.',
  },
];

/** Every page in Polish, Turkish and Arabic, found by their slugs in that language. */
export const NEW_LOCALE_PAGES: VisitorPage[] = NEW_LOCALES.flatMap((locale) =>
  HEADINGS.map(([page, heading]) => ({
    path: localized(page, locale),
    locale,
    heading: heading(MESSAGES[locale]),
  })),
);

/** Unknown addresses: the localized 404 shows its own call link (it sits outside the help bar's layout). */
export const NOT_FOUND_PAGES: (VisitorPage & { call: string })[] = [
  {
    path: '/nl/bestaat-niet',
    locale: 'nl',
    heading: 'Deze pagina bestaat niet',
    call: `Bel ${HELPLINE.display}`,
  },
  {
    path: '/en/does-not-exist',
    locale: 'en',
    heading: 'This page does not exist',
    call: `Call ${HELPLINE.display}`,
  },
  ...NEW_LOCALES.map((locale) => ({
    path: `/${locale}/xyz-404`,
    locale,
    heading: MESSAGES[locale].NotFoundPage.title,
    call: MESSAGES[locale].NotFoundPage.call.replace('{number}', ltrInText(HELPLINE.display, locale)),
  })),
];
