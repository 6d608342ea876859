import { describe, expect, it } from 'vitest';
import { decodeGapsView, type GapsView } from './gaps-view';

const view: GapsView = {
  week: '2026-W48',
  status: 'published',
  scope: 'mine',
  dates: ['2026-11-23'],
  areas: [{ id: 'cafe', name: 'Café', color: '#b45309', mayAssign: true }],
  heatmap: [{ areaId: 'cafe', cells: [{ date: '2026-11-23', assigned: 1, needed: 2, level: 'partial' }] }],
  gaps: [
    {
      shiftId: 's1',
      date: '2026-11-23',
      start: '09:00',
      end: '12:00',
      areaId: 'cafe',
      needed: 2,
      assigned: 1,
      missing: 1,
      unqualified: 0,
      mayAssign: true,
      suggestions: [
        {
          personId: 'anna',
          name: 'Anna M.',
          availability: { kind: 'fits', slots: [{ weekday: 1, start: '06:00', end: '12:00', part: 'vormittags' }] },
          workload: { shifts: 2, minutes: 360 },
        },
      ],
    },
  ],
};

describe('decodeGapsView', () => {
  it('accepts the server answer', () => {
    expect(decodeGapsView(JSON.parse(JSON.stringify(view)))).toEqual(view);
  });

  it('refuses a malformed answer', () => {
    expect(decodeGapsView({ ...view, status: 'unknown' })).toBeNull();
    expect(decodeGapsView({ ...view, heatmap: [{ areaId: 'cafe', cells: [{ date: 'x' }] }] })).toBeNull();
  });
});
