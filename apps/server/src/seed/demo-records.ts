/**
 * The demo's people data of issue 5, relative to the day of seeding so the demo board always has
 * something to show: most people hold the Nachweise their shifts need, Olga's Hygienebelehrung has run
 * out, Ben (a Saturday café regular) never had one, Karin is on holiday from this week's Thursday to next
 * week's Friday, Lena's Führungszeugnis is due for renewal soon, and many people gave weekly slots.
 */
import { addDays, addWeeks, format, subDays, subYears } from 'date-fns';
import {
  isoWeekOfDate,
  datesOfIsoWeek,
  parseLocalDate,
  type Absence,
  type AvailabilitySlot,
  type IsoWeekday,
  type LocalDate,
  type PartOfDay,
  type QualificationKind,
  type QualificationRecord,
} from '@schichtbrett/domain';

/** What each seeded area requires: food needs the Belehrung, children the Führungszeugnis, driving a licence. */
export const DEMO_AREA_REQUIREMENTS: Readonly<Record<string, readonly QualificationKind[]>> = {
  'demo-cafe': ['hygiene'],
  'demo-fruehstueck': ['hygiene'],
  'demo-mittagstisch': ['hygiene'],
  'demo-kinder': ['fuehrungszeugnis'],
  'demo-fahrdienst': ['fuehrerschein'],
};

const WITH_HYGIENE = [
  'demo-anna',
  'demo-dieter',
  'demo-elif',
  'demo-fatima',
  'demo-gisela',
  'demo-hans',
  'demo-ingrid',
  'demo-jonas',
  'demo-karin',
  'demo-lena',
  'demo-mehmet',
  'demo-nina',
  'demo-petra',
];
const WITH_FUEHRUNGSZEUGNIS = ['demo-clara', 'demo-nina', 'demo-jonas', 'demo-ben', 'demo-petra'];
const WITH_FUEHRERSCHEIN = ['demo-dieter', 'demo-hans'];

type SlotSpec = [weekdays: IsoWeekday[], parts: PartOfDay[]];

const AVAILABILITY: Record<string, SlotSpec[]> = {
  'demo-anna': [[[1, 3, 5], ['vormittags']]],
  'demo-karin': [[[1, 2, 5], ['vormittags']]],
  'demo-elif': [
    [
      [1, 2, 3, 5],
      ['vormittags', 'nachmittags'],
    ],
  ],
  'demo-gisela': [[[1, 2, 3, 4], ['vormittags']]],
  'demo-hans': [[[1, 3, 4], ['vormittags']]],
  'demo-ingrid': [[[1, 3, 4, 5], ['vormittags']]],
  'demo-jonas': [[[1, 2, 3, 4], ['nachmittags']]],
  'demo-lena': [
    [
      [2, 4],
      ['vormittags', 'nachmittags'],
    ],
    [[1], ['nachmittags']],
  ],
  'demo-nina': [
    [[1, 5], ['vormittags']],
    [[2, 4, 5], ['nachmittags']],
  ],
  'demo-olga': [[[3, 4], ['vormittags']]],
};

export interface DemoRecords {
  qualifications: { personId: string; record: QualificationRecord }[];
  absences: (Absence & { id: string })[];
  availability: Map<string, AvailabilitySlot[]>;
}

const iso = (date: Date): LocalDate => format(date, 'yyyy-MM-dd');

export function demoRecords(today: LocalDate): DemoRecords {
  const day = parseLocalDate(today);
  if (!day) throw new RangeError(`not a date: ${today}`);
  const qualifications: DemoRecords['qualifications'] = [
    ...WITH_HYGIENE.map((personId) => ({
      personId,
      record: { kind: 'hygiene' as const, date: iso(subDays(day, 200)) },
    })),
    // Ran out a month ago: the board says "abgelaufen" on her café shifts.
    { personId: 'demo-olga', record: { kind: 'hygiene', date: iso(subDays(subYears(day, 2), 30)) } },
    ...WITH_FUEHRUNGSZEUGNIS.map((personId) => ({
      personId,
      record: {
        kind: 'fuehrungszeugnis' as const,
        inspectedOn: iso(subDays(day, 340)),
        certificateDate: iso(subDays(day, 360)),
        result: 'ohne-eintrag' as const,
      },
    })),
    // Counts for three more weeks: the coordinators' list of expiring Nachweise names her.
    {
      personId: 'demo-lena',
      record: {
        kind: 'fuehrungszeugnis',
        inspectedOn: iso(addWeeks(subYears(day, 5), 4)),
        certificateDate: iso(addWeeks(subYears(day, 5), 3)),
        result: 'ohne-eintrag',
      },
    },
    ...WITH_FUEHRERSCHEIN.map((personId) => ({
      personId,
      record: { kind: 'fuehrerschein' as const, inspectedOn: iso(subYears(day, 1)) },
    })),
  ];
  const thisWeek = datesOfIsoWeek(isoWeekOfDate(today));
  const thursday = thisWeek[3] ?? today;
  const absences = [
    {
      id: 'absence-demo-karin',
      personId: 'demo-karin',
      from: thursday,
      to: iso(addDays(parseLocalDate(thursday) ?? day, 8)),
      reason: 'Urlaub',
    },
  ];
  const availability = new Map(
    Object.entries(AVAILABILITY).map(([personId, specs]) => [
      personId,
      specs.flatMap(([weekdays, parts]) =>
        weekdays.flatMap((weekday) => parts.map((part) => ({ weekday, kind: 'part-of-day' as const, part }))),
      ),
    ]),
  );
  return { qualifications, absences, availability };
}
