import { describe, expect, it } from 'vitest';
import { coverageLevelOf, coverageOfWeek, gapsOfWeek } from './gaps';
import type { Shift } from './shift';
import type { StaffingContext } from './staffing';

const TZ = 'Europe/Berlin';
// Before every shift below (2026-11-23 is a Monday).
const NOW = new Date('2026-11-22T12:00:00Z');

const shift = (id: string, patch: Partial<Shift> = {}): Shift => ({
  id,
  areaId: 'cafe',
  date: '2026-11-23',
  start: '09:00',
  end: '12:00',
  needed: 2,
  notes: '',
  assigned: [],
  ...patch,
});

// Karin is on holiday on the Monday; Olga's Hygienebelehrung ran out before it.
const context: StaffingContext = {
  absences: [{ personId: 'karin', from: '2026-11-23', to: '2026-11-27' }],
  requiredQualifications: () => ['hygiene'],
  qualificationsOf: (personId) => (personId === 'olga' ? [{ kind: 'hygiene', validUntil: '2026-11-01' }] : []),
};

const ids = (shifts: Shift[], options = {}) =>
  gapsOfWeek(shifts, { status: 'published', timeZone: TZ, now: NOW, ...options }).map((g) => g.shift.id);

describe('gapsOfWeek', () => {
  it('lists only understaffed shifts, with how many places are missing', () => {
    const gaps = gapsOfWeek([shift('full', { assigned: ['a', 'b'] }), shift('half', { assigned: ['a'] })], {
      status: 'published',
      timeZone: TZ,
      now: NOW,
    });
    expect(gaps.map((g) => [g.shift.id, g.missing])).toEqual([['half', 1]]);
  });

  it('counts a place held by someone away as missing, and lists a shift with someone unqualified', () => {
    const gaps = gapsOfWeek(
      [
        shift('karin', { needed: 1, assigned: ['karin'] }),
        shift('olga', { start: '13:00', end: '15:00', needed: 1, assigned: ['olga'] }),
      ],
      { status: 'published', timeZone: TZ, now: NOW, context: { ...context, requiredQualifications: () => [] } },
    );
    expect(gaps.map((g) => [g.shift.id, g.missing, g.unqualified])).toEqual([['karin', 1, 0]]);
    const withNachweis = gapsOfWeek([shift('olga', { needed: 1, assigned: ['olga'] })], {
      status: 'published',
      timeZone: TZ,
      now: NOW,
      context,
    });
    expect(withNachweis.map((g) => [g.shift.id, g.missing, g.unqualified])).toEqual([['olga', 0, 1]]);
  });

  it('leaves out called-off shifts', () => {
    expect(ids([shift('off', { cancelled: 'Feiertag' }), shift('on')])).toEqual(['on']);
  });

  it('has no gaps in a week that is not published', () => {
    expect(ids([shift('a')], { status: 'draft' })).toEqual([]);
    expect(ids([shift('a')], { status: 'finalized' })).toEqual([]);
  });

  it('leaves out shifts that have started', () => {
    expect(
      ids([shift('started'), shift('later', { start: '13:00', end: '15:00' })], {
        now: new Date('2026-11-23T08:30:00Z'),
      }),
    ).toEqual(['later']);
  });

  it('orders soonest first, even when a later shift misses more people', () => {
    const later = shift('later', { date: '2026-11-24', needed: 5 });
    const sooner = shift('sooner', { needed: 1 });
    expect(ids([later, sooner])).toEqual(['sooner', 'later']);
  });

  it('orders shifts starting together by most places missing', () => {
    const few = shift('few', { areaId: 'a', needed: 1 });
    const many = shift('many', { areaId: 'b', needed: 4 });
    expect(ids([few, many])).toEqual(['many', 'few']);
  });
});

describe('coverageOfWeek', () => {
  it('sums assigned against needed per day and area, in the given area order', () => {
    const rows = coverageOfWeek(
      [
        shift('1', { assigned: ['a'] }),
        shift('2', { start: '13:00', end: '16:00', needed: 1, assigned: ['b'] }),
        shift('3', { areaId: 'kitchen', date: '2026-11-24', needed: 1 }),
      ],
      ['2026-11-23', '2026-11-24'],
      ['kitchen', 'cafe'],
    );
    expect(rows.map((r) => [r.areaId, r.cells.map((c) => `${c.assigned}/${c.needed} ${c.level}`)])).toEqual([
      ['kitchen', ['0/0 none', '0/1 empty']],
      ['cafe', ['2/3 partial', '0/0 none']],
    ]);
  });

  it('does not let an overstaffed shift hide a gap in another', () => {
    const [row] = coverageOfWeek(
      [shift('over', { needed: 1, assigned: ['a', 'b'] }), shift('gap', { start: '13:00', end: '15:00', needed: 1 })],
      ['2026-11-23'],
      ['cafe'],
    );
    expect(row?.cells[0]).toMatchObject({ assigned: 1, needed: 2, level: 'partial' });
  });

  it('does not count someone away that day as filling a place', () => {
    const [row] = coverageOfWeek([shift('karin', { assigned: ['karin', 'a'] })], ['2026-11-23'], ['cafe'], { context });
    expect(row?.cells[0]).toMatchObject({ assigned: 1, needed: 2, level: 'partial' });
  });

  it('counts called-off shifts neither as needed nor as filled', () => {
    const [row] = coverageOfWeek([shift('off', { cancelled: 'zu' })], ['2026-11-23'], ['cafe']);
    expect(row?.cells[0]).toMatchObject({ assigned: 0, needed: 0, level: 'none' });
  });

  it('counts only shifts still ahead, and calls a cell whose shifts have all started past (issue 13)', () => {
    // Monday 23 November 2026, 12:00 in Berlin: the morning shift has started, the afternoon one has not.
    const ahead = { timeZone: 'Europe/Berlin', now: new Date('2026-11-23T11:00:00Z') };
    const [row] = coverageOfWeek(
      [
        shift('morning', { needed: 2 }),
        shift('afternoon', { start: '14:00', end: '17:00', needed: 1, assigned: ['a'] }),
        shift('sunday', { date: '2026-11-22', needed: 3, assigned: ['b'] }),
      ],
      ['2026-11-22', '2026-11-23'],
      ['cafe'],
      { ahead },
    );
    expect(row?.cells.map((c) => `${c.assigned}/${c.needed} ${c.level}`)).toEqual(['1/3 past', '1/1 full']);
  });

  it('words each level', () => {
    expect([coverageLevelOf(0, 0), coverageLevelOf(0, 2), coverageLevelOf(1, 2), coverageLevelOf(2, 2)]).toEqual([
      'none',
      'empty',
      'partial',
      'full',
    ]);
  });
});
