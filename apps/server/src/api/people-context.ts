/**
 * GET /api/centers/:center/weeks/:week/people-context: what the board needs about people for one week
 * (issue 5), so its cards can warn about a missing Nachweis or an absence and its picker can say who has
 * time. Coordinators get everything the board shows; team leads the same without absence reasons (they
 * plan with the people but do not keep their records); volunteers are refused: they read only their own
 * records, through the per-person routes. A Führungszeugnis shows only as whether it counts that week.
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import {
  findCenterBySlug,
  listAbsencesOverlapping,
  listAreaRequirements,
  listAvailabilityOfCenter,
  listQualificationRecordsOfCenter,
  type CenterRow,
  type Database,
} from '@schichtbrett/db';
import {
  datesOfIsoWeek,
  formatIsoWeek,
  membershipIn,
  parseIsoWeek,
  peopleContextOf,
  type IsoWeek,
  type PeopleContext,
} from '@schichtbrett/domain';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';

export interface PeopleContextRoutesOptions {
  db: Kysely<Database>;
}

export function peopleContextRoutes({ db }: PeopleContextRoutesOptions) {
  return new Hono<ApiEnv>().get('/people-context', requireSignIn, async (c) => {
    const slug = c.req.param('center') ?? '';
    const me = membershipIn(signedIn(c).principal, slug);
    const center = me ? await findCenterBySlug(db, slug) : null;
    if (!me || !center) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
    if (me.role === 'volunteer') {
      return apiError(
        c,
        403,
        'forbidden',
        'Nachweise und Abwesenheiten anderer sieht nur, wer plant (Koordination und Bereichsleitung).',
      );
    }
    const week = parseIsoWeek(c.req.param('week') ?? '');
    if (!week) return apiError(c, 404, 'not-found', `Die Woche „${c.req.param('week')}“ gibt es nicht.`);
    // Why someone is away is theirs and the coordinators' business; a team lead sees only that.
    const context = await readPeopleContext(db, center, week, { withReasons: me.role === 'coordinator' });
    return c.json(context);
  });
}

/** The people context of one week as read from SQL; shared with the gaps view's suggestions. */
export async function readPeopleContext(
  db: Kysely<Database>,
  center: CenterRow,
  week: IsoWeek,
  options: { withReasons: boolean },
): Promise<PeopleContext> {
  const dates = datesOfIsoWeek(week);
  const [records, absences, availability, requirements] = await Promise.all([
    listQualificationRecordsOfCenter(db, center.id),
    listAbsencesOverlapping(db, { centerId: center.id, from: dates[0] ?? '', to: dates.at(-1) ?? '' }),
    listAvailabilityOfCenter(db, center.id),
    listAreaRequirements(db, center.id),
  ]);
  return peopleContextOf({
    week: formatIsoWeek(week),
    weekDates: dates,
    rules: { fuehrungszeugnisYears: center.fuehrungszeugnis_years },
    records,
    absences,
    availability,
    requirements,
    withReasons: options.withReasons,
  });
}
