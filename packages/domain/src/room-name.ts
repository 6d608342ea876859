/**
 * Room names of the sync server (documented in docs/sync-protocol.md):
 * `week/<center-slug>/<ISO week>` holds one center's plan of one week;
 * `template/<center-slug>` holds the center's weekly template (Vorlage).
 */
import { formatIsoWeek, parseIsoWeek, type IsoWeek } from './iso-week';

export type RoomName = { kind: 'week'; center: string; week: IsoWeek } | { kind: 'template'; center: string };

export type RoomNameResult = { ok: true; room: RoomName } | { ok: false; reason: string };

/** Lowercase letters, digits and single hyphens; 2–48 characters. */
export const CENTER_SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,47}$/;

export function isCenterSlug(text: string): boolean {
  return CENTER_SLUG_PATTERN.test(text);
}

export function parseRoomName(text: string): RoomNameResult {
  const parts = text.split('/');
  if (parts[0] === 'template') {
    if (parts.length !== 2) return { ok: false, reason: 'expected template/<center>' };
    const center = parts[1] ?? '';
    if (!isCenterSlug(center)) return { ok: false, reason: 'invalid center slug' };
    return { ok: true, room: { kind: 'template', center } };
  }
  if (parts[0] !== 'week') return { ok: false, reason: 'unknown room kind' };
  if (parts.length !== 3) return { ok: false, reason: 'expected week/<center>/<YYYY-Www>' };
  const [, center = '', weekText = ''] = parts;
  if (!isCenterSlug(center)) return { ok: false, reason: 'invalid center slug' };
  const week = parseIsoWeek(weekText);
  if (!week) return { ok: false, reason: 'invalid ISO week' };
  return { ok: true, room: { kind: 'week', center, week } };
}

export function formatRoomName(room: RoomName): string {
  return room.kind === 'template' ? `template/${room.center}` : `week/${room.center}/${formatIsoWeek(room.week)}`;
}
