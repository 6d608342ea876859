import { describe, expect, it } from 'vitest';
import { chartRows, scaleFor } from './hours-chart-layout';
import { defaultPeriod, hoursText, monthText, percentText, periodText } from './report-format';

describe('report texts', () => {
  it('writes hours, percent and months the German way', () => {
    expect(hoursText(390, 'de-DE')).toBe('6,5');
    expect(hoursText(300, 'de-DE')).toBe('5,0');
    expect(hoursText(20, 'de-DE')).toBe('0,33');
    expect(hoursText(390, 'en-GB')).toBe('6.5');
    expect(percentText(0.75, 'de-DE')).toBe('75\u00a0%');
    expect(percentText(null, 'de-DE')).toBe('–');
    expect(monthText('2026-11', 'de-DE', 'long')).toBe('November 2026');
    expect(periodText({ from: '2026-01', to: '2026-11' }, 'de-DE')).toBe('Januar 2026 – November 2026');
    expect(periodText({ from: '2026-11', to: '2026-11' }, 'de-DE')).toBe('November 2026');
    expect(defaultPeriod('2026-11-26')).toEqual({ from: '2026-01', to: '2026-11' });
  });
});

describe('hours chart layout', () => {
  it('rounds the axis up to about four round steps', () => {
    expect(scaleFor(13)).toEqual({ maxHours: 15, ticks: [0, 5, 10, 15] });
    expect(scaleFor(130)).toEqual({ maxHours: 150, ticks: [0, 50, 100, 150] });
    expect(scaleFor(0).maxHours).toBe(4);
  });

  it('stacks the areas of a month side by side, leaving out empty ones', () => {
    const rows = chartRows({
      months: ['2026-10', '2026-11'],
      areas: [
        { minutesByMonth: { '2026-10': 120, '2026-11': 0 } },
        { minutesByMonth: { '2026-10': 240, '2026-11': 60 } },
      ],
      barWidth: 400,
      scale: { maxHours: 8, ticks: [] },
    });
    // 400 px for 480 min: 120 min = 100 px, 240 min = 200 px.
    expect(rows[0]).toEqual({
      month: '2026-10',
      minutes: 360,
      segments: [
        { areaIndex: 0, minutes: 120, x: 0, width: 100 },
        { areaIndex: 1, minutes: 240, x: 100, width: 200 },
      ],
    });
    expect(rows[1]!.segments).toEqual([{ areaIndex: 1, minutes: 60, x: 0, width: 50 }]);
  });
});
