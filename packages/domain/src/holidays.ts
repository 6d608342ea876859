/**
 * Public holidays of a German state, for skipping shifts when a week is planned. Server only: the
 * holiday data weighs ~30 MB, so it is a separate entry point (`@schichtbrett/domain/holidays`) that the
 * browser bundle never imports; the server writes a week's holidays into the week document's meta.
 */
import Holidays from 'date-holidays';
import { datesOfIsoWeek, type IsoWeek, type LocalDate } from './iso-week';

/**
 * Date-holidays' regions per state where the state-wide list is not what most centers live with:
 * Mariä Himmelfahrt is a holiday in the (predominantly Catholic) majority of Bavaria's communes.
 */
const REGION_OF_STATE: Partial<Record<string, string>> = { BY: 'KATH' };

const calendars = new Map<string, Holidays>();

function calendarOf(stateCode: string): Holidays {
  let calendar = calendars.get(stateCode);
  if (!calendar) {
    const region = REGION_OF_STATE[stateCode];
    calendar = region ? new Holidays('DE', stateCode, region) : new Holidays('DE', stateCode);
    calendars.set(stateCode, calendar);
  }
  return calendar;
}

/** The public holidays (`type === 'public'`, not observances) of the ISO week, date → German name. */
export function publicHolidaysInWeek(stateCode: string, week: IsoWeek): Record<LocalDate, string> {
  const dates = datesOfIsoWeek(week);
  const years = [...new Set(dates.map((date) => Number(date.slice(0, 4))))];
  const holidays: Record<LocalDate, string> = {};
  for (const year of years) {
    for (const holiday of calendarOf(stateCode).getHolidays(year, 'de')) {
      const date = holiday.date.slice(0, 10);
      if (holiday.type === 'public' && dates.includes(date)) holidays[date] = holiday.name;
    }
  }
  return holidays;
}
