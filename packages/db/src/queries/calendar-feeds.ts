/**
 * Personal calendar feeds, stored by the hash of their token. A person has at most one live feed per
 * center: creating one revokes the others (see docs/decisions/0011-calendar-feed.md).
 */
import type { Kysely } from 'kysely';
import type { CalendarFeedRow, Database, WeekShiftRow } from '../tables';

/** Revokes the person's live feeds in the center and stores a new one, in one transaction. */
export async function replaceCalendarFeed(
  db: Kysely<Database>,
  feed: { id: string; personId: string; centerId: number; tokenHash: Uint8Array; now: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await revokeCalendarFeeds(trx, { personId: feed.personId, centerId: feed.centerId, now: feed.now });
    await trx
      .insertInto('calendar_feeds')
      .values({
        id: feed.id,
        person_id: feed.personId,
        center_id: feed.centerId,
        token_hash: feed.tokenHash,
        created_at: feed.now,
      })
      .execute();
  });
}

/** Revokes the person's live feeds in the center; returns how many. */
export async function revokeCalendarFeeds(
  db: Kysely<Database>,
  options: { personId: string; centerId: number; now: string },
): Promise<number> {
  const result = await db
    .updateTable('calendar_feeds')
    .set({ revoked_at: options.now })
    .where('person_id', '=', options.personId)
    .where('center_id', '=', options.centerId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The person's live feed in the center, or null. */
export async function findLiveCalendarFeed(
  db: Kysely<Database>,
  options: { personId: string; centerId: number },
): Promise<CalendarFeedRow | null> {
  return (
    (await db
      .selectFrom('calendar_feeds')
      .selectAll()
      .where('person_id', '=', options.personId)
      .where('center_id', '=', options.centerId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at', 'desc')
      .executeTakeFirst()) ?? null
  );
}

/** A live feed by the hash of its token, with what serving it needs; null when unknown or revoked. */
export async function findLiveCalendarFeedByTokenHash(
  db: Kysely<Database>,
  tokenHash: Uint8Array,
): Promise<(CalendarFeedRow & { person_active: number }) | null> {
  return (
    (await db
      .selectFrom('calendar_feeds as f')
      .innerJoin('people as p', (join) =>
        join.onRef('p.id', '=', 'f.person_id').onRef('p.center_id', '=', 'f.center_id'),
      )
      .selectAll('f')
      .select('p.active as person_active')
      .where('f.token_hash', '=', tokenHash)
      .where('f.revoked_at', 'is', null)
      .executeTakeFirst()) ?? null
  );
}

/** One projected shift of a center with its week's status and its area's name; null when unknown. */
export async function findProjectedShift(
  db: Kysely<Database>,
  centerId: number,
  shiftId: string,
): Promise<(WeekShiftRow & { status: string; area_name: string | null }) | null> {
  return (
    (await db
      .selectFrom('week_shifts as s')
      .innerJoin('weeks as w', (join) => join.onRef('w.center_id', '=', 's.center_id').onRef('w.week', '=', 's.week'))
      .leftJoin('areas as ar', (join) =>
        join.onRef('ar.id', '=', 's.area_id').onRef('ar.center_id', '=', 's.center_id'),
      )
      .selectAll('s')
      .select(['w.status', 'ar.name as area_name'])
      .where('s.center_id', '=', centerId)
      .where('s.id', '=', shiftId)
      .executeTakeFirst()) ?? null
  );
}
