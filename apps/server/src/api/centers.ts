/** Read-only center data the board needs besides the week document: areas and people's display names. */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { findCenterBySlug, listAreas, listCenters, listPeople, type Database } from '@schichtbrett/db';
import { currentIsoWeek, displayName, formatIsoWeek, initialsOf, isCenterSlug } from '@schichtbrett/domain';
import { apiError } from './api-error';

export interface CenterSummary {
  slug: string;
  name: string;
  timeZone: string;
  currentWeek: string;
}

export interface CenterDetail {
  center: { slug: string; name: string; timeZone: string; stateCode: string };
  areas: { id: string; name: string; color: string }[];
  /** First name and initial only: the shared board shows no full names (DSGVO). */
  people: { id: string; displayName: string; initials: string }[];
}

export function centerRoutes(options: { db: Kysely<Database>; now: () => Date }): Hono {
  const { db, now } = options;
  return new Hono()
    .get('/', async (c) => {
      const centers = await listCenters(db);
      const body: { centers: CenterSummary[] } = {
        centers: centers.map((center) => ({
          slug: center.slug,
          name: center.name,
          timeZone: center.time_zone,
          currentWeek: formatIsoWeek(currentIsoWeek(now(), center.time_zone)),
        })),
      };
      return c.json(body);
    })
    .get('/:slug', async (c) => {
      const slug = c.req.param('slug');
      const center = isCenterSlug(slug) ? await findCenterBySlug(db, slug) : null;
      if (!center) return apiError(c, 404, 'not-found', `Das Zentrum „${slug}“ gibt es nicht.`);
      const [areas, people] = await Promise.all([listAreas(db, center.id), listPeople(db, center.id)]);
      const body: CenterDetail = {
        center: { slug: center.slug, name: center.name, timeZone: center.time_zone, stateCode: center.state_code },
        areas: areas.map(({ id, name, color }) => ({ id, name, color })),
        people: people.map((person) => {
          const name = { firstName: person.first_name, lastName: person.last_name };
          return { id: person.id, displayName: displayName(name), initials: initialsOf(name) };
        }),
      };
      return c.json(body);
    });
}
