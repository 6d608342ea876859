import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  absenceOn,
  absenceSchema,
  availabilitySlotSchema,
  isAbsentOn,
  isAvailableFor,
  slotTimesOf,
  type Absence,
  type AvailabilitySlot,
} from './availability';

// 2026-11-23 is a Monday.
const monday = (start: string, end: string) => ({ date: '2026-11-23', start, end });
const mondayMorning: AvailabilitySlot = { weekday: 1, kind: 'part-of-day', part: 'vormittags' };
const mondayAfternoon: AvailabilitySlot = { weekday: 1, kind: 'part-of-day', part: 'nachmittags' };

describe('slotTimesOf', () => {
  it('gives each part of the day its hours', () => {
    expect(slotTimesOf(mondayMorning)).toEqual({ weekday: 1, start: '06:00', end: '12:00', part: 'vormittags' });
    expect(slotTimesOf(mondayAfternoon)).toMatchObject({ start: '12:00', end: '17:00' });
    expect(slotTimesOf({ weekday: 5, kind: 'part-of-day', part: 'abends' })).toMatchObject({
      start: '17:00',
      end: '22:00',
    });
  });

  it('keeps explicit times', () => {
    expect(slotTimesOf({ weekday: 3, kind: 'time', start: '09:30', end: '11:00' })).toEqual({
      weekday: 3,
      start: '09:30',
      end: '11:00',
      part: null,
    });
  });
});

describe('isAvailableFor', () => {
  it('does not exclude people who recorded no availability', () => {
    expect(isAvailableFor(monday('09:00', '12:00'), [])).toBe(true);
  });

  it('accepts a shift inside a slot of its weekday', () => {
    expect(isAvailableFor(monday('09:00', '12:00'), [mondayMorning])).toBe(true);
  });

  it('refuses a shift on another weekday', () => {
    expect(isAvailableFor({ date: '2026-11-24', start: '09:00', end: '12:00' }, [mondayMorning])).toBe(false);
  });

  it('refuses a shift that runs past the slot', () => {
    expect(isAvailableFor(monday('11:00', '13:00'), [mondayMorning])).toBe(false);
    expect(isAvailableFor(monday('05:30', '08:00'), [mondayMorning])).toBe(false);
  });

  it('joins adjacent slots', () => {
    expect(isAvailableFor(monday('11:00', '13:00'), [mondayAfternoon, mondayMorning])).toBe(true);
  });

  it('does not join slots with a gap', () => {
    const slots: AvailabilitySlot[] = [
      { weekday: 1, kind: 'time', start: '08:00', end: '10:00' },
      { weekday: 1, kind: 'time', start: '10:30', end: '12:00' },
    ];
    expect(isAvailableFor(monday('09:00', '11:00'), slots)).toBe(false);
    expect(isAvailableFor(monday('10:30', '11:00'), slots)).toBe(true);
  });

  it('knows Sunday is weekday 7', () => {
    expect(
      isAvailableFor({ date: '2026-11-29', start: '10:00', end: '11:00' }, [
        { weekday: 7, kind: 'part-of-day', part: 'vormittags' },
      ]),
    ).toBe(true);
  });
});

describe('absences', () => {
  const absences: Absence[] = [
    { personId: 'p1', from: '2026-11-20', to: '2026-11-23', reason: 'Urlaub' },
    { personId: 'p2', from: '2026-11-25', to: '2026-11-25' },
  ];

  it('counts both ends of an absence', () => {
    expect(isAbsentOn('p1', '2026-11-20', absences)).toBe(true);
    expect(isAbsentOn('p1', '2026-11-23', absences)).toBe(true);
    expect(isAbsentOn('p1', '2026-11-24', absences)).toBe(false);
    expect(isAbsentOn('p1', '2026-11-19', absences)).toBe(false);
  });

  it('only counts the person’s own absences', () => {
    expect(isAbsentOn('p2', '2026-11-21', absences)).toBe(false);
    expect(absenceOn('p2', '2026-11-25', absences)).toEqual(absences[1]);
  });
});

describe('decoding', () => {
  it('accepts well-formed slots and absences', () => {
    expect(v.safeParse(availabilitySlotSchema, mondayMorning).success).toBe(true);
    expect(
      v.safeParse(availabilitySlotSchema, { weekday: 2, kind: 'time', start: '08:00', end: '09:00' }).success,
    ).toBe(true);
    expect(v.safeParse(absenceSchema, { personId: 'p1', from: '2026-11-20', to: '2026-11-20' }).success).toBe(true);
  });

  it.each([
    { weekday: 0, kind: 'part-of-day', part: 'vormittags' },
    { weekday: 1, kind: 'part-of-day', part: 'nachts' },
    { weekday: 1, kind: 'time', start: '10:00', end: '09:00' },
    { weekday: 1, kind: 'time', start: '25:00', end: '26:00' },
  ])('refuses the slot %j', (slot) => {
    expect(v.safeParse(availabilitySlotSchema, slot).success).toBe(false);
  });

  it('refuses an absence that ends before it starts or has no real date', () => {
    expect(v.safeParse(absenceSchema, { personId: 'p1', from: '2026-11-21', to: '2026-11-20' }).success).toBe(false);
    expect(v.safeParse(absenceSchema, { personId: 'p1', from: '2026-02-30', to: '2026-03-02' }).success).toBe(false);
  });

  it('keeps a reason on one visible line, cleaned', () => {
    const absence = (reason: string) =>
      v.safeParse(absenceSchema, { personId: 'p1', from: '2026-11-20', to: '2026-11-20', reason });
    expect(absence('  Urlaub ').output).toMatchObject({ reason: 'Urlaub' });
    expect(absence('Urlaub\r\nX-INJECTED:1').success).toBe(false);
    expect(absence('\u202EbualrU').success).toBe(false);
  });
});
