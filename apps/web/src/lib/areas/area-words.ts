/** Sentences about areas: a shift that keeps an area from being archived, a palette colour's name. */
import { AREA_PALETTE, type BlockingShift } from '@schichtbrett/domain';
import { weekdayShort } from '$lib/board/fit-text';
import { dayLabel } from '$lib/format/dates';
import { m } from '$lib/paraglide/messages';

export function blockingShiftText(shift: BlockingShift, locale: string): string {
  if (shift.kind === 'week') {
    const week = shift.week.slice(shift.week.indexOf('W') + 1);
    return m.areas_blocking_week({ date: dayLabel(shift.date, locale), start: shift.start, end: shift.end, week });
  }
  return m.areas_blocking_template({
    weekday: weekdayShort(shift.weekday),
    start: shift.start,
    end: shift.end,
  });
}

/** The palette colour's name in `locale` ('de' unless English), or the colour itself for an older one. */
export function colorName(color: string, locale: string): string {
  const entry = AREA_PALETTE.find((candidate) => candidate.color === color);
  if (!entry) return color;
  return locale.startsWith('en') ? entry.name.en : entry.name.de;
}
