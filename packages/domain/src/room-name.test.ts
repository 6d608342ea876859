import { describe, expect, it } from 'vitest';
import { formatRoomName, parseRoomName } from './room-name';

describe('parseRoomName', () => {
  it('accepts week rooms and round-trips them', () => {
    const result = parseRoomName('week/demo/2026-W48');
    expect(result).toEqual({ ok: true, room: { kind: 'week', center: 'demo', week: { year: 2026, week: 48 } } });
    if (result.ok) expect(formatRoomName(result.room)).toBe('week/demo/2026-W48');
  });

  it('accepts template rooms and round-trips them', () => {
    const result = parseRoomName('template/demo');
    expect(result).toEqual({ ok: true, room: { kind: 'template', center: 'demo' } });
    if (result.ok) expect(formatRoomName(result.room)).toBe('template/demo');
  });

  it.each([
    '',
    'week',
    'week/demo',
    'week/demo/2026-W48/x',
    'week/Demo/2026-W48',
    'week/-demo/2026-W48',
    'week/de--mo/2026-W48',
    'week/demo/2025-W53',
    'week/demo/2026-48',
    'template',
    'template/Demo',
    'template/demo/2026-W48',
    '../etc/passwd',
  ])('refuses %j', (name) => {
    expect(parseRoomName(name).ok).toBe(false);
  });
});
