/** Sentences about a signed-in device in the UI language: which device, and when it was last used. */
import type { DeviceSession } from '$lib/api/auth';
import { intlLocale } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { deviceParts } from './device-name';

export function deviceText(session: Pick<DeviceSession, 'userAgent'>): string {
  const { browser, system } = deviceParts(session.userAgent);
  if (browser && system) return m.device_browser_on_system({ browser, system });
  if (browser) return browser;
  if (system) return system;
  return m.device_unknown();
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "heute, 08:12 Uhr", "gestern, 18:40 Uhr" or "23.11.2026, 08:12 Uhr". */
export function momentText(date: Date | null, now: Date): string {
  if (!date) return m.device_time_unknown();
  const locale = intlLocale();
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (sameDay(date, now)) return m.device_today({ time });
  if (sameDay(date, yesterday)) return m.device_yesterday({ time });
  const day = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
  return m.device_on_day({ day, time });
}
