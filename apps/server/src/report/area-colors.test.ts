import { describe, expect, it } from 'vitest';
import { hoursReportOf } from '@schichtbrett/domain';
import { DEMO_AREAS } from '../seed/demo-data';
import { withChartColors } from './area-colors';

const NOVEMBER = { from: '2026-11', to: '2026-11' };

describe('withChartColors', () => {
  it('gives every demo area its own colour, in the order the report lists them', () => {
    // One recorded hour per area, so the report lists all seven (sorted by name: Café first, Wäschedienst last).
    const report = hoursReportOf({
      period: NOVEMBER,
      timeZone: 'Europe/Berlin',
      shifts: DEMO_AREAS.map((area, index) => ({
        id: `s${index}`,
        areaId: area.id,
        areaName: area.name,
        date: '2026-11-02',
        start: '09:00',
        end: '10:00',
        needed: 1,
        cancelled: null,
      })),
      attendance: DEMO_AREAS.map((_, index) => ({
        shiftId: `s${index}`,
        personId: 'p',
        personName: 'Anna K.',
        status: 'present' as const,
        actualStart: null,
        actualEnd: null,
      })),
    });
    const charted = withChartColors(report.areas, DEMO_AREAS);
    expect(charted.map((area) => area.areaName)).toHaveLength(DEMO_AREAS.length);
    expect(new Set(charted.map((area) => area.color)).size).toBe(DEMO_AREAS.length);
    for (const area of charted) expect(area.color).toBe(DEMO_AREAS.find((demo) => demo.id === area.areaId)!.color);
  });

  it('colours an area the center no longer knows apart from the others', () => {
    const { totals } = hoursReportOf({ period: NOVEMBER, timeZone: 'Europe/Berlin', shifts: [], attendance: [] });
    const areaOf = (areaId: string) => ({ ...totals, areaId, areaName: areaId });
    const charted = withChartColors([areaOf('a'), areaOf('gone')], [{ id: 'a', color: '#b45309' }]);
    expect(charted.map((area) => area.color)).toEqual(['#b45309', expect.not.stringMatching('#b45309')]);
  });
});
