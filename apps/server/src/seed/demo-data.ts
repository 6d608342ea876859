/** The demo center a fresh installation starts with: realistic, German, and small enough to read. */
import type { AreaColor, Role, TemplateShift } from '@schichtbrett/domain';

export const DEMO_CENTER = {
  slug: 'demo',
  name: 'Mütterzentrum Sonnenhaus',
  timeZone: 'Europe/Berlin',
  stateCode: 'HE',
  /** The board (and the seeded published week) moves on to the next week on Saturday. */
  boardWeek: 'next-from-saturday',
} as const;

/** Colours from the area palette only (ADR 0025), so the demo shows what a center could pick itself. */
export const DEMO_AREAS = [
  { id: 'demo-cafe', name: 'Café/Offener Treff', color: '#b45309' },
  { id: 'demo-fruehstueck', name: 'Frühstück', color: '#a16207' },
  { id: 'demo-mittagstisch', name: 'Mittagstisch', color: '#15803d' },
  { id: 'demo-kinder', name: 'Kinderbetreuung', color: '#be185d' },
  { id: 'demo-waesche', name: 'Wäschedienst', color: '#0369a1' },
  { id: 'demo-fahrdienst', name: 'Fahrdienst', color: '#6d28d9' },
  { id: 'demo-hausaufgaben', name: 'Hausaufgabenhilfe', color: '#0f766e' },
] as const satisfies readonly { id: string; name: string; color: AreaColor }[];

export const DEMO_PEOPLE = [
  ['demo-anna', 'Anna', 'Krüger'],
  ['demo-ben', 'Ben', 'Meyer'],
  ['demo-clara', 'Clara', 'Schulz'],
  ['demo-dieter', 'Dieter', 'Hoffmann'],
  ['demo-elif', 'Elif', 'Yılmaz'],
  ['demo-fatima', 'Fatima', 'Haddad'],
  ['demo-gisela', 'Gisela', 'Braun'],
  ['demo-hans', 'Hans', 'Wagner'],
  ['demo-ingrid', 'Ingrid', 'Becker'],
  ['demo-jonas', 'Jonas', 'Fischer'],
  ['demo-karin', 'Karin', 'Weber'],
  ['demo-lena', 'Lena', 'Schneider'],
  ['demo-mehmet', 'Mehmet', 'Aydın'],
  ['demo-nina', 'Nina', 'Wolf'],
  ['demo-olga', 'Olga', 'Petrowa'],
] as const;

type Pattern = Omit<TemplateShift, 'id' | 'weekday' | 'regularIds'> & {
  key: string;
  weekdays: number[];
  /** Regulars per weekday (Mon = 1); a day not listed has none, which leaves real gaps on the board. */
  regulars: Record<number, string[]>;
};

const MON_FRI = [1, 2, 3, 4, 5];

const PATTERNS: Pattern[] = [
  {
    key: 'fruehstueck',
    areaId: 'demo-fruehstueck',
    weekdays: MON_FRI,
    start: '08:00',
    end: '10:30',
    needed: 2,
    notes: '',
    regulars: {
      1: ['demo-gisela', 'demo-hans'],
      2: ['demo-gisela'],
      3: ['demo-ingrid', 'demo-hans'],
      4: ['demo-gisela', 'demo-ingrid'],
      5: [],
    },
  },
  {
    key: 'cafe-vm',
    areaId: 'demo-cafe',
    weekdays: MON_FRI,
    start: '09:30',
    end: '12:30',
    needed: 2,
    notes: '',
    regulars: {
      1: ['demo-anna', 'demo-karin'],
      2: ['demo-karin'],
      3: ['demo-anna', 'demo-olga'],
      4: ['demo-olga'],
      5: ['demo-anna', 'demo-karin'],
    },
  },
  {
    key: 'cafe-nm',
    areaId: 'demo-cafe',
    weekdays: MON_FRI,
    start: '14:00',
    end: '17:30',
    needed: 2,
    notes: '',
    regulars: {
      1: ['demo-lena'],
      2: ['demo-lena', 'demo-nina'],
      3: [],
      4: ['demo-nina', 'demo-lena'],
      5: ['demo-nina'],
    },
  },
  {
    key: 'cafe-sa',
    areaId: 'demo-cafe',
    weekdays: [6],
    start: '10:00',
    end: '14:00',
    needed: 2,
    notes: 'Familiencafé mit Flohmarkt',
    regulars: { 6: ['demo-ben'] },
  },
  {
    key: 'mittag',
    areaId: 'demo-mittagstisch',
    weekdays: MON_FRI,
    start: '11:30',
    end: '14:00',
    needed: 3,
    notes: '',
    regulars: {
      1: ['demo-elif', 'demo-fatima', 'demo-dieter'],
      2: ['demo-elif', 'demo-fatima'],
      3: ['demo-elif', 'demo-dieter', 'demo-mehmet'],
      4: ['demo-fatima', 'demo-mehmet', 'demo-dieter'],
      5: ['demo-elif'],
    },
  },
  {
    key: 'kinder-vm',
    areaId: 'demo-kinder',
    weekdays: MON_FRI,
    start: '09:00',
    end: '12:00',
    needed: 2,
    notes: '',
    regulars: {
      1: ['demo-clara', 'demo-nina'],
      2: ['demo-clara', 'demo-lena'],
      3: ['demo-clara'],
      4: ['demo-clara', 'demo-lena'],
      5: ['demo-nina', 'demo-clara'],
    },
  },
  {
    key: 'kinder-nm',
    areaId: 'demo-kinder',
    weekdays: [2, 4],
    start: '15:00',
    end: '17:00',
    needed: 2,
    notes: 'Während der Elterngruppe',
    regulars: { 2: ['demo-clara'], 4: [] },
  },
  {
    key: 'waesche',
    areaId: 'demo-waesche',
    weekdays: [1, 3, 5],
    start: '10:00',
    end: '13:00',
    needed: 1,
    notes: '',
    regulars: { 1: ['demo-ingrid'], 3: ['demo-gisela'], 5: ['demo-ingrid'] },
  },
  {
    key: 'fahrdienst',
    areaId: 'demo-fahrdienst',
    weekdays: [2, 4],
    start: '09:00',
    end: '12:00',
    needed: 1,
    notes: 'Einkaufsfahrt für Seniorinnen und Senioren',
    regulars: { 2: ['demo-dieter'], 4: ['demo-hans'] },
  },
  {
    key: 'hausaufgaben',
    areaId: 'demo-hausaufgaben',
    weekdays: [1, 2, 3, 4],
    start: '14:00',
    end: '16:00',
    needed: 2,
    notes: '',
    regulars: { 1: ['demo-jonas', 'demo-mehmet'], 2: ['demo-jonas'], 3: ['demo-jonas', 'demo-ben'], 4: ['demo-ben'] },
  },
];

/** The demo's weekly template, one entry per pattern and weekday. */
export const DEMO_TEMPLATE: TemplateShift[] = PATTERNS.flatMap(({ key, weekdays, regulars, ...shift }) =>
  weekdays.map((weekday) => ({ ...shift, id: `demo-${key}-${weekday}`, weekday, regularIds: regulars[weekday] ?? [] })),
);

/** Staff of the demo center who sign in with their role's address (README, "Demo accounts"). */
export const DEMO_STAFF = [
  {
    id: 'demo-sabine',
    firstName: 'Sabine',
    lastName: 'Koch',
    email: 'koordination@demo.test',
    role: 'coordinator',
    areaIds: [],
  },
  {
    id: 'demo-markus',
    firstName: 'Markus',
    lastName: 'Lehmann',
    email: 'bereichsleitung@demo.test',
    role: 'team-lead',
    areaIds: ['demo-cafe', 'demo-fruehstueck'],
  },
  {
    id: 'demo-petra',
    firstName: 'Petra',
    lastName: 'Ehrlich',
    email: 'ehrenamt@demo.test',
    role: 'volunteer',
    areaIds: [],
  },
] as const satisfies readonly {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  areaIds: readonly string[];
}[];

/** The sign-in address of the n-th demo volunteer (1-based): ehrenamt01@demo.test … ehrenamt15@demo.test. */
export function demoVolunteerEmail(n: number): string {
  return `ehrenamt${String(n).padStart(2, '0')}@demo.test`;
}

/** Every demo account's address, staff first, in the order the start prints them. */
export const DEMO_ACCOUNT_EMAILS: string[] = [
  ...DEMO_STAFF.map((staff) => staff.email),
  ...DEMO_PEOPLE.map((_, index) => demoVolunteerEmail(index + 1)),
];
