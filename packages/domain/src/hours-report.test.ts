import { describe, expect, it } from 'vitest';
import { hoursReportOf, type RecordedAttendance, type RecordedShift } from './hours-report';

const TZ = 'Europe/Berlin';
const cafe = { areaId: 'cafe', areaName: 'Café' };
const drive = { areaId: 'fahrdienst', areaName: 'Fahrdienst' };

function shift(
  id: string,
  area: typeof cafe,
  date: string,
  start: string,
  end: string,
  needed: number,
  cancelled: string | null = null,
): RecordedShift {
  return { id, ...area, date, start, end, needed, cancelled };
}

function row(
  shiftId: string,
  personId: string,
  personName: string,
  status: RecordedAttendance['status'],
  actualStart: string | null = null,
  actualEnd: string | null = null,
): RecordedAttendance {
  return { shiftId, personId, personName, status, actualStart, actualEnd };
}

/** October and November 2026 of a center in Berlin; every expected value below is computed by hand. */
const shifts: RecordedShift[] = [
  shift('s1', cafe, '2026-10-05', '09:00', '12:00', 2),
  shift('s2', cafe, '2026-10-06', '09:00', '12:00', 2),
  // Across midnight: 20:00 → 01:00 next day = 5 h.
  shift('s3', drive, '2026-10-16', '20:00', '01:00', 1),
  // DST night: at 03:00 CEST the clocks go back to 02:00 CET; 00:00 → 04:00 on the wall is 5 real hours.
  shift('s4', drive, '2026-10-25', '00:00', '04:00', 1),
  shift('s5', cafe, '2026-11-02', '09:00', '12:00', 2),
  shift('s6', cafe, '2026-11-03', '18:00', '22:00', 1),
  shift('s7', cafe, '2026-11-04', '09:00', '12:00', 2, 'Wasserschaden'),
  shift('s8', cafe, '2026-11-05', '09:00', '12:00', 1),
  // Outside the period.
  shift('s9', cafe, '2026-12-01', '09:00', '12:00', 1),
];

const attendance: RecordedAttendance[] = [
  row('s1', 'anna', 'Anna Kunz', 'present'), // 180
  row('s1', 'ben', 'Ben Maier', 'no-show'), // 0, fills no place
  row('s2', 'carla', 'Carla Nowak', 'present', null, '12:30'), // actual 09:00–12:30 = 210
  row('s2', 'dora', 'Dora Weg', 'stand-in'), // has left the center: only the record knows her; 180
  row('s3', 'ben', 'Ben Maier', 'present'), // 300
  row('s4', 'anna', 'Anna Kunz', 'present'), // 300
  row('s5', 'anna', 'Anna Kunz', 'present', null, '13:00'), // 09:00–13:00 = 240
  row('s5', 'ben', 'Ben Maier', 'present', '09:30', null), // 09:30–12:00 = 150
  row('s6', 'carla', 'Carla Nowak', 'present', null, '00:30'), // 18:00 → 00:30 next day = 390
  row('s7', 'anna', 'Anna Kunz', 'present'), // called off: counts nothing
  row('s8', 'ben', 'Ben Maier', 'no-show'), // nobody came: not covered
  row('s9', 'anna', 'Anna Kunz', 'present'), // December: outside
];

describe('hoursReportOf', () => {
  const report = hoursReportOf({ period: { from: '2026-10', to: '2026-11' }, timeZone: TZ, shifts, attendance });

  it('sums volunteer hours per area and month', () => {
    expect(report.months).toEqual(['2026-10', '2026-11']);
    expect(report.areas.map((a) => [a.areaName, a.minutesByMonth, a.minutes])).toEqual([
      // Oct: s1 180 + s2 (210 + 180) = 570; Nov: s5 (240 + 150) + s6 390 = 780; 570 + 780 = 1350.
      ['Café', { '2026-10': 570, '2026-11': 780 }, 1350],
      // Oct: s3 300 + s4 300 = 600.
      ['Fahrdienst', { '2026-10': 600, '2026-11': 0 }, 600],
    ]);
  });

  it('counts covered shifts, places and opening hours per area', () => {
    const [café, fahrdienst] = report.areas;
    // Café: s1 s2 s5 s6 s8 took place (s7 called off); s8 only had a no-show → 4 covered.
    // needed 2+2+2+1+1 = 8; filled 1 (s1) + 2 (s2) + 2 (s5) + 1 (s6) + 0 (s8) = 6 → 6/8 = 0.75.
    // Opening hours covered: planned 180 + 180 + 180 + 240 = 780 (real times do not change them).
    expect(café).toMatchObject({
      shifts: 5,
      shiftsCovered: 4,
      neededPlaces: 8,
      filledPlaces: 6,
      coverageRate: 0.75,
      openMinutesCovered: 780,
    });
    // Fahrdienst: 2 shifts, both covered; 2/2; planned 300 + 300 = 600.
    expect(fahrdienst).toMatchObject({
      shifts: 2,
      shiftsCovered: 2,
      neededPlaces: 2,
      filledPlaces: 2,
      coverageRate: 1,
      openMinutesCovered: 600,
    });
  });

  it('totals the areas', () => {
    // 1350 + 600 = 1950 min; Oct 570 + 600 = 1170; covered 4 + 2 = 6 of 7; 8/10 places; 780 + 600 open.
    expect(report.totals).toEqual({
      minutesByMonth: { '2026-10': 1170, '2026-11': 780 },
      minutes: 1950,
      shifts: 7,
      shiftsCovered: 6,
      neededPlaces: 10,
      filledPlaces: 8,
      coverageRate: 0.8,
      openMinutesCovered: 1380,
    });
  });

  it('sums hours per person and year, including a person who has left', () => {
    expect(report.people).toEqual([
      // s1 180 + s4 300 + s5 240 = 720 (s7 called off, s9 outside).
      { personId: 'anna', personName: 'Anna Kunz', year: '2026', minutes: 720, shifts: 3 },
      // s3 300 + s5 150 = 450; the no-shows s1 and s8 count nothing.
      { personId: 'ben', personName: 'Ben Maier', year: '2026', minutes: 450, shifts: 2 },
      // s2 210 + s6 390 = 600.
      { personId: 'carla', personName: 'Carla Nowak', year: '2026', minutes: 600, shifts: 2 },
      { personId: 'dora', personName: 'Dora Weg', year: '2026', minutes: 180, shifts: 1 },
    ]);
  });

  it('caps filled places at the places needed and splits people by year', () => {
    const crowded = hoursReportOf({
      period: { from: '2026-12', to: '2027-01' },
      timeZone: TZ,
      shifts: [
        shift('a', cafe, '2026-12-31', '10:00', '12:00', 1),
        shift('b', cafe, '2027-01-02', '10:00', '11:00', 1),
      ],
      attendance: [
        row('a', 'anna', 'Anna Kunz', 'present'),
        row('a', 'ben', 'Ben Maier', 'stand-in'),
        row('b', 'anna', 'Anna K.', 'present'),
      ],
    });
    // Two came for one place: 1 filled of 1; both worked 120 min.
    expect(crowded.areas[0]).toMatchObject({ filledPlaces: 2, neededPlaces: 2, minutes: 120 + 120 + 60 });
    expect(crowded.people.map((p) => [p.personName, p.year, p.minutes])).toEqual([
      ['Anna Kunz', '2026', 120],
      ['Ben Maier', '2026', 120],
      // The newest record names her.
      ['Anna K.', '2027', 60],
    ]);
  });

  it('is empty without records', () => {
    const empty = hoursReportOf({
      period: { from: '2026-11', to: '2026-11' },
      timeZone: TZ,
      shifts: [],
      attendance: [],
    });
    expect(empty).toMatchObject({
      areas: [],
      people: [],
      totals: { minutes: 0, coverageRate: null, minutesByMonth: { '2026-11': 0 } },
    });
  });
});
