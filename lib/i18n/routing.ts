import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['nl', 'en'],
  defaultLocale: 'nl',
  localePrefix: 'always',
  // Visitor pages set no cookie at all: the language comes from the URL, and `/` picks it from Accept-Language.
  localeCookie: false,
  pathnames: {
    '/': '/',
    '/is-this-sms-real': { nl: '/is-deze-sms-echt', en: '/is-this-sms-real' },
    '/help': { nl: '/hulp', en: '/help' },
    '/help/addiction': { nl: '/hulp/verslaving', en: '/help/addiction' },
    '/help/money': { nl: '/hulp/geldproblemen', en: '/help/money' },
    '/help/getting-out': { nl: '/hulp/eruit-stappen', en: '/help/getting-out' },
    '/parents': { nl: '/ouders', en: '/parents' },
    '/professionals': '/professionals',
    '/contact': '/contact',
    '/contact/status': '/contact/status',
    '/conversation': { nl: '/gesprek', en: '/conversation' },
    '/privacy': '/privacy',
    '/accessibility': { nl: '/toegankelijkheid', en: '/accessibility' },
    '/research': { nl: '/onderzoek', en: '/research' },
    '/w/[code]': '/w/[code]',
    '/staff': '/staff',
    '/staff/login': '/staff/login',
  },
});

export type Locale = (typeof routing.locales)[number];
export type AppPathname = keyof typeof routing.pathnames;
