/**
 * An open invitation keeps its link so the coordinator's page can show the printed QR code again instead of
 * voiding it with a new one (issue 13). Cleared when the link is used or revoked. Frozen in time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('invitations').addColumn('link_token', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('invitations').dropColumn('link_token').execute();
}
