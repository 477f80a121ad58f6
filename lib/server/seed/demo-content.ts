/**
 * Demo content: fictional numbers and addresses in ranges that reach nobody real. A municipality replaces all of it
 * from the dashboard (or never seeds: see README, "Production").
 */
const weekdays = (opens: string, closes: string, days = [1, 2, 3, 4, 5]) =>
  days.map((weekday) => ({ weekday, opens, closes }));

export const DEMO_HELPLINES = [
  {
    id: 'uitweg-line',
    kind: 'phone',
    labelNl: 'Uitweg hulplijn',
    labelEn: 'Uitweg helpline',
    address: '+31302001234',
    audiences: 'recipient,parent,professional',
    topics: 'addiction,money,exit,other',
    priority: 10,
    schedule: { weekly: [...weekdays('09:00', '21:00'), { weekday: 6, opens: '12:00', closes: '17:00' }] },
  },
  {
    id: 'uitweg-whatsapp',
    kind: 'whatsapp',
    labelNl: 'WhatsApp met een jongerenwerker',
    labelEn: 'WhatsApp a youth worker',
    address: '+31612345678',
    audiences: 'recipient',
    topics: 'addiction,money,exit,other',
    // The youth workers between them also speak Polish and Arabic: on those pages this line comes first.
    languages: 'nl,en,pl,ar',
    priority: 20,
    schedule: { weekly: weekdays('10:00', '22:00', [1, 2, 3, 4, 5, 6, 7]) },
  },
  {
    id: 'uitweg-sms',
    kind: 'sms',
    labelNl: 'Stuur een sms',
    labelEn: 'Send a text message',
    address: '+31612345678',
    audiences: 'recipient,parent',
    topics: 'addiction,money,exit,other',
    languages: 'nl,en,pl,ar',
    priority: 30,
    schedule: { weekly: weekdays('10:00', '22:00', [1, 2, 3, 4, 5, 6, 7]) },
  },
  {
    id: 'addiction-line',
    kind: 'phone',
    labelNl: 'Verslavingszorg, anoniem advies',
    labelEn: 'Addiction care, anonymous advice',
    address: '+31302001237',
    audiences: 'recipient,parent,professional',
    topics: 'addiction',
    priority: 5,
    schedule: { weekly: weekdays('09:00', '17:00') },
  },
  {
    id: 'money-line',
    kind: 'phone',
    labelNl: 'Hulp bij geldzorgen en schulden',
    labelEn: 'Help with money worries and debt',
    address: '+31302001238',
    audiences: 'recipient,parent',
    topics: 'money',
    priority: 5,
    schedule: { weekly: weekdays('09:00', '17:00') },
  },
  {
    id: 'parents-line',
    kind: 'phone',
    labelNl: 'Ouderlijn',
    labelEn: 'Parents line',
    address: '+31302001235',
    audiences: 'parent',
    topics: 'addiction,money,exit,other',
    priority: 5,
    schedule: {
      weekly: [...weekdays('09:00', '17:00', [1, 2, 3, 4]), { weekday: 4, opens: '19:00', closes: '21:00' }],
    },
  },
  {
    id: 'professionals-line',
    kind: 'phone',
    labelNl: 'Adviesteam voor professionals',
    labelEn: 'Advice team for professionals',
    address: '+31302001236',
    audiences: 'professional',
    topics: 'addiction,money,exit,other',
    priority: 5,
    schedule: { weekly: weekdays('08:30', '17:00') },
  },
  {
    id: 'professionals-email',
    kind: 'email',
    labelNl: 'Mail het adviesteam',
    labelEn: 'E-mail the advice team',
    address: 'advies@uitweg.example',
    audiences: 'professional,parent',
    topics: 'addiction,money,exit,other',
    priority: 40,
    schedule: { alwaysOpen: true, weekly: [] },
  },
  {
    id: 'callback',
    kind: 'callback',
    labelNl: 'Laat je terugbellen of schrijf ons',
    labelEn: 'Ask us to call you back, or write to us',
    address: '/contact',
    audiences: 'recipient,parent,professional',
    topics: 'addiction,money,exit,other',
    priority: 50,
    schedule: { alwaysOpen: true, weekly: [] },
  },
] as const;

export interface DemoWave {
  code: string;
  name: string;
  locale: 'nl' | 'en';
  daysAgo: number;
  recipients: number;
  smsText: string;
}

export const DEMO_WAVES: DemoWave[] = [
  {
    code: 'utr-x7k2',
    name: 'Utrecht Oost, eerste ronde',
    locale: 'nl',
    daysAgo: 40,
    recipients: 500,
    smsText:
      'Politie Utrecht: je nummer stond in de telefoon van een drugsdealer die is opgepakt. Wil je hulp of info? ' +
      'Kijk op {link}. Je nummer is alleen voor dit bericht gebruikt.',
  },
  {
    code: 'utr-m4p9',
    name: 'Utrecht Centrum',
    locale: 'nl',
    daysAgo: 12,
    recipients: 320,
    smsText:
      'Politie Utrecht: je nummer stond in de telefoon van een drugsdealer die is opgepakt. Wil je hulp of info? ' +
      'Kijk op {link}. Je nummer is alleen voor dit bericht gebruikt.',
  },
  {
    code: 'utr-q8r3',
    name: 'Utrecht, English-language wave',
    locale: 'en',
    daysAgo: 4,
    recipients: 80,
    smsText:
      'Utrecht police: your number was in the phone of a drug dealer who was arrested. Want help or information? ' +
      'Visit {link}. Your number was only used for this message.',
  },
];

export const DEMO_STAFF = [
  { email: 'admin@uitweg.test', name: 'Demo beheerder', roles: 'admin' },
  { email: 'analist@uitweg.test', name: 'Demo analist', roles: 'analyst' },
  { email: 'hulpverlener@uitweg.test', name: 'Demo hulpverlener', roles: 'caseworker' },
] as const;

/** Printed by the README and by `npm start` on a fresh database. Demo only: never seeded on production PostgreSQL. */
export const DEMO_PASSWORD = 'uitweg-demo-2026';

export const DEMO_TEAMS = [
  // Every team a recipient can write to answers in Polish too; Turkish and Arabic only some of them.
  {
    id: 'team-youth',
    name: 'Jongerenwerk en werk & inkomen',
    email: 'jongerenwerk@uitweg.example',
    languages: 'nl,en,pl,ar',
  },
  {
    id: 'team-addiction',
    name: 'Verslavingszorg',
    email: 'verslavingszorg@uitweg.example',
    languages: 'nl,en,pl',
  },
  {
    id: 'team-money',
    name: 'Schuldhulpverlening',
    email: 'schuldhulp@uitweg.example',
    languages: 'nl,en,pl,tr',
  },
  {
    id: 'team-advice',
    name: 'Adviesteam ouders en professionals',
    email: 'advies@uitweg.example',
    languages: 'nl,en',
  },
] as const;

/** Audience/topic to team; '' matches anything, the lowest priority that matches wins. */
export const DEMO_ROUTING_RULES = [
  { id: 'rule-addiction', audience: '', topic: 'addiction', teamId: 'team-addiction', priority: 10 },
  { id: 'rule-money', audience: '', topic: 'money', teamId: 'team-money', priority: 10 },
  { id: 'rule-professional', audience: 'professional', topic: '', teamId: 'team-advice', priority: 20 },
  { id: 'rule-parent', audience: 'parent', topic: '', teamId: 'team-advice', priority: 30 },
  { id: 'rule-default', audience: '', topic: '', teamId: 'team-youth', priority: 100 },
] as const;

/** Team memberships of the demo staff, by e-mail. */
export const DEMO_MEMBERSHIPS = [
  { email: 'hulpverlener@uitweg.test', teamIds: ['team-youth', 'team-addiction'] },
] as const;
