/**
 * The report's areas with their chart fills: the record names an area by id and name only, so its colour comes
 * from the center's areas (archived ones too) and is made distinct by the domain's rule.
 */
import { distinctChartColors, type AreaHours, type ChartedAreaHours } from '@schichtbrett/domain';

export function withChartColors(
  areas: readonly AreaHours[],
  centerAreas: readonly { id: string; color: string }[],
): ChartedAreaHours[] {
  const own = new Map(centerAreas.map((area) => [area.id, area.color]));
  const fills = distinctChartColors(areas.map((area) => own.get(area.areaId) ?? null));
  return areas.map((area, index) => ({ ...area, color: fills[index]! }));
}
