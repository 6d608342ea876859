/**
 * Read-only center data the board needs besides the week document: areas and people. Only members see a
 * center; contact data only for coordinators and the person's team leads (DSGVO).
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import {
  findCenterBySlug,
  listAreas,
  listCenters,
  listPeople,
  listShiftTimesFrom,
  listTemplateShifts,
  type AreaRow,
  type Database,
  type TemplateShiftRow,
} from '@schichtbrett/db';
import {
  boardWeekAt,
  contactVisibleTo,
  displayName,
  formatIsoWeek,
  initialsOf,
  membershipIn,
  parseOpeningDays,
  todayIn,
  weekWithShiftsAhead,
  type IsoWeekday,
  type Membership,
} from '@schichtbrett/domain';
import { boardWeekOf } from '../settings/center-settings';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';

export interface CenterSummary {
  slug: string;
  name: string;
  timeZone: string;
  /** The week the board opens on: the current one, or the next from the weekday the center chose. */
  currentWeek: string;
  /**
   * The first week with a shift still ahead (issue 13), in a team lead's own areas: where the gaps page
   * opens and a team lead lands. The board's week when nothing lies ahead.
   */
  gapsWeek: string;
}

export interface PersonSummary {
  id: string;
  /** First name and initial only: the shared board shows no full names (DSGVO). */
  displayName: string;
  initials: string;
  /** Coordinators, and team leads for the regulars of their areas. */
  email?: string | null;
  /** Coordinators, and team leads for the regulars of their areas. */
  phone?: string | null;
}

export interface CenterDetail {
  center: {
    slug: string;
    name: string;
    timeZone: string;
    stateCode: string;
    /** Shown to members, e.g. on prints; '' when not given. */
    address: string;
    contact: string;
    /** Hours before a shift from which it can no longer be given back (the board warns before publishing). */
    claimCutoffHours: number;
    /** ISO weekdays the center is open (issue 12): the board's columns. */
    openingDays: IsoWeekday[];
  };
  /** The active areas, in their order: what the board shows rows for and new shifts may use. */
  areas: { id: string; name: string; color: string; description: string }[];
  /** Archived areas: offered for nothing new, named where history shows them (past weeks, Verlauf). */
  archivedAreas: { id: string; name: string; color: string; description: string }[];
  people: PersonSummary[];
  /** The signed-in user's place in this center: role and areas, for what the UI offers. */
  me: Membership;
}

export function centerRoutes(options: { db: Kysely<Database>; now: () => Date }) {
  const { db, now } = options;
  return new Hono<ApiEnv>()
    .use(requireSignIn)
    .get('/', async (c) => {
      const { principal } = signedIn(c);
      const mine = new Map(principal.memberships.map((m) => [m.center, m]));
      const centers = (await listCenters(db)).filter((center) => mine.has(center.slug));
      const at = now();
      const body: { centers: CenterSummary[] } = {
        centers: await Promise.all(
          centers.map(async (center) => {
            const currentWeek = formatIsoWeek(boardWeekAt(at, center.time_zone, boardWeekOf(center.board_week)));
            const member = mine.get(center.slug);
            const shifts = await listShiftTimesFrom(db, {
              centerId: center.id,
              fromDate: todayIn(at, center.time_zone),
            });
            const gapsWeek = weekWithShiftsAhead(
              shifts.map((row) => ({
                week: row.week,
                date: row.date,
                start: row.start_time,
                end: row.end_time,
                areaId: row.area_id,
                cancelled: row.cancelled !== null,
              })),
              {
                timeZone: center.time_zone,
                now: at,
                areaIds: member?.role === 'team-lead' ? member.areaIds : null,
              },
            );
            return {
              slug: center.slug,
              name: center.name,
              timeZone: center.time_zone,
              currentWeek,
              gapsWeek: gapsWeek ?? currentWeek,
            };
          }),
        ),
      };
      return c.json(body);
    })
    .get('/:slug', async (c) => {
      const slug = c.req.param('slug');
      const me = membershipIn(signedIn(c).principal, slug);
      const center = me ? await findCenterBySlug(db, slug) : null;
      // Unknown and foreign centers get the same answer, so it does not reveal which centers exist.
      if (!me || !center) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
      const [areas, people, template] = await Promise.all([
        listAreas(db, center.id),
        listPeople(db, center.id),
        listTemplateShifts(db, center.id),
      ]);
      const regularAreas = regularAreasByPerson(template);
      const body: CenterDetail = {
        center: {
          slug: center.slug,
          name: center.name,
          timeZone: center.time_zone,
          stateCode: center.state_code,
          address: center.address,
          contact: center.contact,
          claimCutoffHours: center.claim_cutoff_hours,
          openingDays: parseOpeningDays(center.opening_days),
        },
        areas: areas.filter((area) => area.archived_at === null).map(areaSummary),
        archivedAreas: areas.filter((area) => area.archived_at !== null).map(areaSummary),
        people: people.map((person) => {
          const name = { firstName: person.first_name, lastName: person.last_name };
          const summary: PersonSummary = { id: person.id, displayName: displayName(name), initials: initialsOf(name) };
          const regularAreaIds = [...(regularAreas.get(person.id) ?? [])];
          return contactVisibleTo(me, { regularAreaIds })
            ? { ...summary, email: person.email, phone: person.phone }
            : summary;
        }),
        me,
      };
      return c.json(body);
    });
}

function areaSummary({ id, name, color, description }: AreaRow): CenterDetail['areas'][number] {
  return { id, name, color, description };
}

/** The areas each person is a regular (Stammbesetzung) in, from the center's weekly template. */
function regularAreasByPerson(template: readonly TemplateShiftRow[]): Map<string, Set<string>> {
  const areas = new Map<string, Set<string>>();
  for (const shift of template) {
    const regularIds: unknown = JSON.parse(shift.regular_ids);
    if (!Array.isArray(regularIds)) continue;
    for (const personId of regularIds) {
      if (typeof personId !== 'string') continue;
      const set = areas.get(personId) ?? new Set<string>();
      set.add(shift.area_id);
      areas.set(personId, set);
    }
  }
  return areas;
}
