/**
 * Lenient reading of a typed time: "9", "9:30", "9.30", "0930" and "09:30" all mean 09:30.
 * Whatever cannot be read is passed on unchanged, so the domain refuses it (`start-format`, `end-format`).
 */
export function normalizeTimeText(text: string): string {
  const trimmed = text.trim();
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(trimmed);
  if (!match) return trimmed;
  const hours = match[1] ?? '';
  const minutes = match[2] ?? '00';
  return `${hours.padStart(2, '0')}:${minutes}`;
}
