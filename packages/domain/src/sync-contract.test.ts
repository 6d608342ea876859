import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { closeCodes, isWeekStatus, roomKinds, weekStatusSchema, weekStatuses } from './sync-contract';

describe('sync contract', () => {
  it('lists every close code with its meaning (docs/sync-protocol.md)', () => {
    // A changed code breaks deployed clients: y-websocket treats 4400–4499 as terminal.
    expect(closeCodes).toEqual({
      'server-shutting-down': 1001,
      'message-too-big': 1009,
      'storage-failed': 1011,
      'slow-consumer': 1013,
      'internal-error': 1011,
      'access-changed': 4001,
      'malformed-message': 4400,
      unauthenticated: 4401,
      forbidden: 4403,
      'unknown-room': 4404,
      'update-refused': 4409,
      'not-published': 4412,
      'unsupported-message-type': 4415,
      'update-rejected': 4422,
    });
  });

  it('keeps the terminal codes in 4400–4499 and the reconnecting ones outside', () => {
    const terminal = Object.entries(closeCodes)
      .filter(([, code]) => code >= 4400 && code <= 4499)
      .map(([reason]) => reason);
    expect(terminal).toEqual([
      'malformed-message',
      'unauthenticated',
      'forbidden',
      'unknown-room',
      'update-refused',
      'not-published',
      'unsupported-message-type',
      'update-rejected',
    ]);
  });

  it('decodes the week statuses and refuses anything else', () => {
    expect(weekStatuses).toEqual(['draft', 'published', 'finalized']);
    for (const status of weekStatuses) expect(v.is(weekStatusSchema, status)).toBe(true);
    expect(v.is(weekStatusSchema, 'archived')).toBe(false);
    expect(isWeekStatus(undefined)).toBe(false);
    expect(roomKinds).toEqual(['week', 'template']);
  });
});
