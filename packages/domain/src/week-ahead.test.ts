import { describe, expect, it } from 'vitest';
import { weekWithShiftsAhead, type ShiftTimes } from './week-ahead';

const timeZone = 'Europe/Berlin';
// Sunday 6 December 2026, 12:00 in Berlin: week 49 is almost over.
const now = new Date('2026-12-06T11:00:00Z');

function shift(week: string, date: string, start: string, extra: Partial<ShiftTimes> = {}): ShiftTimes {
  return { week, date, start, end: '23:00', areaId: 'cafe', cancelled: false, ...extra };
}

describe('weekWithShiftsAhead', () => {
  it('skips a week whose shifts have all started', () => {
    const shifts = [shift('2026-W49', '2026-12-04', '09:00'), shift('2026-W50', '2026-12-08', '09:00')];
    expect(weekWithShiftsAhead(shifts, { timeZone, now, areaIds: null })).toBe('2026-W50');
  });

  it('keeps the current week while a shift of it is still to start', () => {
    const shifts = [shift('2026-W50', '2026-12-08', '09:00'), shift('2026-W49', '2026-12-06', '14:00')];
    expect(weekWithShiftsAhead(shifts, { timeZone, now, areaIds: null })).toBe('2026-W49');
  });

  it('ignores called-off shifts and, for a team lead, other areas', () => {
    const shifts = [
      shift('2026-W50', '2026-12-08', '09:00', { cancelled: true }),
      shift('2026-W51', '2026-12-15', '09:00', { areaId: 'kinder' }),
      shift('2026-W52', '2026-12-22', '09:00'),
    ];
    expect(weekWithShiftsAhead(shifts, { timeZone, now, areaIds: ['cafe'] })).toBe('2026-W52');
    expect(weekWithShiftsAhead(shifts, { timeZone, now, areaIds: null })).toBe('2026-W51');
  });

  it('is null when nothing lies ahead', () => {
    expect(
      weekWithShiftsAhead([shift('2026-W49', '2026-12-06', '11:30')], { timeZone, now, areaIds: null }),
    ).toBeNull();
  });
});
