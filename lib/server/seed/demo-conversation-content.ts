import type { LabelKind } from '@/lib/conversations/display-label';
import type { VisitorLocale } from '@/lib/i18n/locales';

// Demo conversations for the case worker's teams (youth work, addiction care): made-up text, times relative to the
// moment of seeding. Enough of them start in the last weeks for the dashboard's per-team reply figures to show.

export interface DemoConversation {
  teamId: string;
  audience: string;
  topic: string;
  wave: string;
  /** The page language the person wrote from; Dutch unless given. */
  locale?: VisitorLocale;
  labelKind?: LabelKind;
  /** Oldest first; the first is the person's opening message. */
  messages: { author: 'person' | 'team'; hoursAgo: number; body: string }[];
  /** When the person came back and read the (last) answer; unset while unread. */
  readHoursAgo?: number;
  /** How it ends, when not simply by who wrote last. */
  end?: 'answered' | 'closed' | 'deleted';
}

const ask = (hoursAgo: number, body: string) => ({ author: 'person' as const, hoursAgo, body });
const answer = (hoursAgo: number, body: string) => ({ author: 'team' as const, hoursAgo, body });

export const DEMO_CONVERSATIONS: DemoConversation[] = [
  {
    teamId: 'team-youth',
    audience: 'recipient',
    topic: 'exit',
    wave: 'utr-q8r3',
    messages: [
      ask(3, 'Ik kreeg die sms. Ik doe soms klusjes voor iemand, maar ik wil stoppen. Kan dat zonder gedoe?'),
    ],
  },
  {
    teamId: 'team-youth',
    audience: 'recipient',
    topic: 'exit',
    wave: 'utr-q8r3',
    messages: [
      ask(80, 'Ik heb schulden bij iemand en daarom werk ik voor hem. Wat kan ik doen?'),
      answer(
        60,
        'Fijn dat je schrijft. Je staat er niet alleen voor. We kunnen samen kijken naar je schuld en wat je veilig kunt doen. Wil je vertellen hoe oud je bent?',
      ),
      ask(30, 'Ik ben 19. Ik durf niet naar een kantoor te komen.'),
    ],
    readHoursAgo: 31,
  },
  {
    teamId: 'team-youth',
    audience: 'recipient',
    topic: 'other',
    wave: 'utr-m4p9',
    labelKind: 'team',
    messages: [
      ask(200, 'Is dit echt van de gemeente? Ik vertrouw het niet.'),
      answer(
        180,
        'Ja, dit is echt. De sms komt van de gemeente en de politie. Op de pagina "Is deze sms echt?" lees je hoe je dat zelf kunt nagaan.',
      ),
    ],
    readHoursAgo: 170,
    end: 'answered',
  },
  {
    teamId: 'team-youth',
    audience: 'recipient',
    topic: 'exit',
    wave: 'utr-m4p9',
    messages: [
      ask(150, 'Mijn broertje zit erin. Ik wil hem helpen maar weet niet hoe.'),
      answer(
        140,
        'Goed dat je aan hem denkt. Je kunt hem deze site laten zien. Wil je weten wat je zelf kunt doen? Schrijf gerust terug.',
      ),
    ],
  },
  {
    teamId: 'team-youth',
    audience: 'parent',
    topic: 'exit',
    wave: 'utr-m4p9',
    messages: [
      ask(260, 'Ik denk dat mijn zoon drugs verkoopt. Hoe begin ik het gesprek?'),
      answer(
        250,
        'Begin rustig en zonder verwijt. Vraag hoe het met hem gaat, niet meteen naar de drugs. Op de pagina voor ouders staan meer tips.',
      ),
      ask(240, 'Dank je, dat helpt.'),
      answer(230, 'Graag gedaan. Je kunt altijd weer schrijven.'),
    ],
    readHoursAgo: 225,
    end: 'closed',
  },
  {
    teamId: 'team-youth',
    audience: 'recipient',
    topic: 'exit',
    wave: 'utr-x7k2',
    messages: [
      ask(600, 'Hoe kom ik eruit zonder dat ze boos worden?'),
      answer(
        570,
        'Dat is een goede vraag. Veel mensen zijn daar bang voor. We helpen je een plan te maken. Wil je bellen, of hier verder schrijven?',
      ),
      ask(550, 'Liever hier.'),
      answer(545, 'Prima. Vertel wat je wilt, in je eigen tempo.'),
    ],
    readHoursAgo: 500,
    end: 'closed',
  },
  {
    teamId: 'team-youth',
    audience: 'recipient',
    topic: 'money',
    wave: 'utr-x7k2',
    messages: [
      ask(700, 'Ik verdien er geld mee. Als ik stop heb ik niks.'),
      answer(
        690,
        'Dat snappen we. We kunnen kijken naar werk, een uitkering of hulp bij geld. Zullen we daar samen naar kijken?',
      ),
    ],
    end: 'deleted',
  },
  {
    teamId: 'team-youth',
    audience: 'recipient',
    topic: 'exit',
    wave: 'utr-q8r3',
    locale: 'pl',
    messages: [
      ask(20, 'Dostałem tego SMS-a. Pracuję dla kogoś, ale chcę przestać. Czy to bezpieczne?'),
      answer(
        6,
        'Dobrze, że piszesz. Pomożemy ci znaleźć bezpieczną drogę. Nie musisz podawać imienia. Napisz, czego się boisz.',
      ),
    ],
  },
  {
    teamId: 'team-addiction',
    audience: 'recipient',
    topic: 'addiction',
    wave: 'utr-q8r3',
    messages: [
      ask(50, 'Ik gebruik elke dag. Ik wil minderen, niet meteen stoppen.'),
      answer(
        26,
        'Minderen is een goede eerste stap. We kunnen je helpen met een plan dat bij je past. Wat gebruik je vooral?',
      ),
    ],
  },
  {
    teamId: 'team-addiction',
    audience: 'recipient',
    topic: 'addiction',
    wave: 'utr-m4p9',
    messages: [
      ask(300, 'Is het anoniem als ik bij jullie kom?'),
      answer(295, 'Ja. Je hoeft je naam niet te geven als je dat niet wilt.'),
    ],
    readHoursAgo: 280,
    end: 'answered',
  },
];

export const DEMO_TEMPLATES = [
  {
    teamId: 'team-youth',
    locale: 'nl',
    title: 'Eerste antwoord',
    body: 'Fijn dat je schrijft. Je staat er niet alleen voor. Vertel gerust meer, in je eigen tempo. Je hoeft je naam niet te geven.',
  },
  {
    teamId: 'team-youth',
    locale: 'nl',
    title: 'Bellen kan ook',
    body: 'Wil je liever praten? Bel ons gratis. Het nummer staat bovenaan elke pagina. Je kunt ook hier blijven schrijven.',
  },
  {
    teamId: 'team-youth',
    locale: 'en',
    title: 'First answer',
    body: 'Thank you for writing. You are not alone in this. Tell us more if you like, at your own pace. You do not have to give your name.',
  },
  {
    teamId: 'team-addiction',
    locale: 'nl',
    title: 'Minderen of stoppen',
    body: 'Minderen is een goede eerste stap. We kunnen samen een plan maken dat bij je past.',
  },
];
