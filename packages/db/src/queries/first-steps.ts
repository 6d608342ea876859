/** What the first-steps guide of a new center reads (issue 12): each step's fact, and one person's dismissal. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables';

export interface FirstStepsFacts {
  hasAreas: boolean;
  hasTemplateShifts: boolean;
  /** Someone besides the person asking belongs to the center (invited or imported). */
  hasOtherPeople: boolean;
  /** A week was published (a finalized one was published before). */
  hasPublishedWeek: boolean;
  dismissed: boolean;
}

export async function readFirstStepsFacts(
  db: Kysely<Database>,
  centerId: number,
  personId: string,
): Promise<FirstStepsFacts> {
  const [area, templateShift, otherPerson, publishedWeek, me] = await Promise.all([
    db
      .selectFrom('areas')
      .select('id')
      .where('center_id', '=', centerId)
      .where('archived_at', 'is', null)
      .executeTakeFirst(),
    db.selectFrom('template_shifts').select('id').where('center_id', '=', centerId).executeTakeFirst(),
    db
      .selectFrom('people')
      .select('id')
      .where('center_id', '=', centerId)
      .where('active', '=', 1)
      .where('id', '!=', personId)
      .executeTakeFirst(),
    db
      .selectFrom('weeks')
      .select('week')
      .where('center_id', '=', centerId)
      .where('status', '!=', 'draft')
      .executeTakeFirst(),
    db
      .selectFrom('people')
      .select('first_steps_dismissed_at')
      .where('center_id', '=', centerId)
      .where('id', '=', personId)
      .executeTakeFirst(),
  ]);
  return {
    hasAreas: area !== undefined,
    hasTemplateShifts: templateShift !== undefined,
    hasOtherPeople: otherPerson !== undefined,
    hasPublishedWeek: publishedWeek !== undefined,
    dismissed: (me?.first_steps_dismissed_at ?? null) !== null,
  };
}

export async function dismissFirstSteps(db: Kysely<Database>, personId: string, at: string): Promise<void> {
  await db.updateTable('people').set({ first_steps_dismissed_at: at }).where('id', '=', personId).execute();
}
