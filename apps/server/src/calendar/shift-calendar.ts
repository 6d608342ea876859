/**
 * iCalendar text for shifts (RFC 5545, written by ical-generator): local times of the center's time zone
 * with `TZID=` and a VTIMEZONE, so that calendar apps show 09:00 as 09:00 on either side of a DST change.
 * Strings from documents and people are data: ical-generator escapes SUMMARY, LOCATION and DESCRIPTION
 * but writes UID and the calendar's NAME as given, so those never carry such a string (ADR 0023).
 */
import { createHash } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { instantOf } from '@schichtbrett/domain';

/** What an event is made of: a projected shift with its area's name. */
export interface CalendarShift {
  id: string;
  /** "YYYY-MM-DD" in the center's time zone. */
  date: string;
  /** "HH:MM" wall-clock times in the center's time zone. */
  start: string;
  end: string;
  areaName: string | null;
  notes: string;
  /** The reason while the shift is called off, else null. */
  cancelled: string | null;
}

export interface CalendarCenter {
  slug: string;
  name: string;
  timeZone: string;
}

export interface ShiftCalendarOptions {
  center: CalendarCenter;
  shifts: readonly CalendarShift[];
  /** Calendar name shown by subscribing apps. */
  name: string;
  now: Date;
  /** A subscription (REFRESH-INTERVAL, no METHOD) or a single download to import (METHOD:PUBLISH). */
  kind: 'feed' | 'single';
}

/** How often subscribing apps are asked to look again. */
const REFRESH_SECONDS = 60 * 60;

/**
 * The stable UID of a shift's event: the same shift is the same event in every download. A hash of center
 * and shift id, never the id itself: ids come from week documents, and the UID line is not escaped.
 */
export function shiftEventUid(shiftId: string, centerSlug: string): string {
  return `${createHash('sha256').update(`${centerSlug}/${shiftId}`).digest('hex')}@schichtbrett`;
}

/** Control characters but tab and line breaks: iCal text must not hold them (RFC 5545, 3.3.11). */
const CONTROL_BUT_LINES = /[^\P{Cc}\t\n\r]/gu;

/** A text for an escaped property (SUMMARY, LOCATION, DESCRIPTION): line breaks stay, ical-generator escapes them. */
export function calendarText(text: string): string {
  return text.replace(CONTROL_BUT_LINES, '');
}

/** A text for a property ical-generator writes as given (the calendar's NAME): one line, escaped here. */
export function escapedCalendarLine(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').replace(/[\\;,]/g, (special) => `\\${special}`);
}

export function shiftSummary(areaName: string | null): string {
  return `${areaName ?? 'Schicht'} – Schichtbrett`;
}

export function shiftCalendar(options: ShiftCalendarOptions): string {
  const { center, now } = options;
  const calendar = ical({
    name: escapedCalendarLine(options.name),
    prodId: { company: 'Schichtbrett', product: 'Schichtbrett', language: 'DE' },
    // No calendar-wide zone: ical-generator would then write DTSTAMP as a local time, which must be UTC.
    // The events carry TZID and the generator adds their VTIMEZONE; X-WR-TIMEZONE is for Google and Apple.
    timezone: { name: null, generator: getVtimezoneComponent },
    x: [['X-WR-TIMEZONE', center.timeZone]],
  });
  if (options.kind === 'feed') calendar.ttl(REFRESH_SECONDS);
  else calendar.method(ICalCalendarMethod.PUBLISH);
  for (const shift of options.shifts) {
    const start = instantOf(shift.date, shift.start, center.timeZone);
    // A shift ending at or before its start (e.g. 22:00–00:00) ends on the next day.
    const endDate = shift.end <= shift.start ? addDays(shift.date, 1) : shift.date;
    const end = instantOf(endDate, shift.end, center.timeZone);
    const description = [
      shift.cancelled ? `Abgesagt: ${calendarText(shift.cancelled)}` : null,
      calendarText(shift.notes).trim() || null,
    ].filter((line): line is string => line !== null);
    const summary = shiftSummary(shift.areaName === null ? null : calendarText(shift.areaName));
    calendar.createEvent({
      id: shiftEventUid(shift.id, center.slug),
      // TZDate: ical-generator writes its wall-clock time in that zone (a plain Date would be written in
      // the server's own zone).
      start: new TZDate(start.getTime(), center.timeZone),
      end: new TZDate(end.getTime(), center.timeZone),
      timezone: center.timeZone,
      stamp: now,
      summary: shift.cancelled ? `Abgesagt: ${summary}` : summary,
      location: calendarText(center.name),
      description: description.length > 0 ? description.join('\n') : null,
      status: shift.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** `date` ("YYYY-MM-DD") moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
