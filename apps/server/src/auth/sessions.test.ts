import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertUser, migrateToLatest, openDatabase, type DatabaseHandle } from '@schichtbrett/db';
import {
  createSession,
  invalidateSession,
  invalidateUserSessions,
  SESSION_LIFETIME_MS,
  validateSessionToken,
} from './sessions';

const DAY = 24 * 60 * 60 * 1000;
const START = new Date('2026-11-26T10:00:00Z');
const at = (ms: number) => new Date(START.getTime() + ms);

describe('sessions', () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = openDatabase({ file: ':memory:' });
    await migrateToLatest(handle.db);
    await insertUser(handle.db, { id: 'u1', email: 'a@example.org', passwordHash: null });
    await insertUser(handle.db, { id: 'u2', email: 'b@example.org', passwordHash: null });
  });
  afterEach(() => handle.close());

  it('creates a 30-day session that validates to its user', async () => {
    const { token, expiresAt } = await createSession(handle.db, { userId: 'u1', now: START, userAgent: 'Test' });
    expect(expiresAt).toEqual(at(SESSION_LIFETIME_MS));
    expect(await validateSessionToken(handle.db, token, at(DAY))).toEqual({
      sessionId: token.split('.')[0],
      userId: 'u1',
      expiresAt,
      renewed: false,
    });
  });

  it('renews only when less than half of the lifetime remains, and expires at its end', async () => {
    const { token } = await createSession(handle.db, { userId: 'u1', now: START });
    expect((await validateSessionToken(handle.db, token, at(15 * DAY - 1)))?.renewed).toBe(false);
    const renewed = await validateSessionToken(handle.db, token, at(15 * DAY + 1));
    expect(renewed).toMatchObject({ renewed: true, expiresAt: at(45 * DAY + 1) });
    expect(await validateSessionToken(handle.db, token, at(45 * DAY + 1))).toBeNull();
    // An expired session is deleted, not only refused.
    expect(await handle.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });

  it('refuses a token whose secret does not match', async () => {
    const { token } = await createSession(handle.db, { userId: 'u1', now: START });
    const [id] = token.split('.');
    expect(await validateSessionToken(handle.db, `${id}.${'a'.repeat(40)}`, START)).toBeNull();
  });

  it('ends one session, or all of one user', async () => {
    const a1 = await createSession(handle.db, { userId: 'u1', now: START });
    const a2 = await createSession(handle.db, { userId: 'u1', now: START });
    const b = await createSession(handle.db, { userId: 'u2', now: START });
    await invalidateSession(handle.db, a1.token.split('.')[0]!);
    expect(await validateSessionToken(handle.db, a1.token, START)).toBeNull();
    expect(await validateSessionToken(handle.db, a2.token, START)).not.toBeNull();
    await invalidateUserSessions(handle.db, 'u1');
    expect(await validateSessionToken(handle.db, a2.token, START)).toBeNull();
    expect(await validateSessionToken(handle.db, b.token, START)).not.toBeNull();
  });
});
