/**
 * Lenient reading of a typed time: "9", "9:30", "9.30", "0930" and "09:30" all mean 09:30.
 * Whatever cannot be read is passed on unchanged, so the domain refuses it with `time-format`.
 */
export function normalizeTimeText(text: string): string {
  const trimmed = text.trim();
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(trimmed);
  if (!match) return trimmed;
  const hours = match[1] ?? '';
  const minutes = match[2] ?? '00';
  return `${hours.padStart(2, '0')}:${minutes}`;
}

/** The domain's "HH:MM" rule, used only to tell which of two time fields a `time-format` problem means. */
export function isTimeText(text: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text);
}
