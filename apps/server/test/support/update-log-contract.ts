/** The behaviour every UpdateLog implementation promises; run against the in-memory and the SQLite one. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type UpdateLog, foldUpdates } from '../../src/sync';

function textUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getText('t').insert(i, String.fromCharCode(97 + (i % 26)));
  return updates;
}

/** `createLog` gives a fresh, empty log for each test. */
export function describeUpdateLogContract(name: string, createLog: () => UpdateLog | Promise<UpdateLog>): void {
  describe(`UpdateLog contract: ${name}`, () => {
    it('loads nothing for a room never written', async () => {
      expect((await createLog()).load('week/demo/2026-W01')).toEqual([]);
    });

    it('returns appended rows in order with increasing ids and the same bytes', async () => {
      const log = await createLog();
      const updates = textUpdates(5);
      const ids = updates.map((update) => log.append('a', update));
      expect([...ids].sort((x, y) => x - y)).toEqual(ids);
      expect(new Set(ids).size).toBe(ids.length);
      const rows = log.load('a');
      expect(rows.map((row) => row.id)).toEqual(ids);
      expect(rows.map((row) => [...row.data])).toEqual(updates.map((update) => [...update]));
      expect(rows.every((row) => !row.isSnapshot)).toBe(true);
    });

    it('keeps rooms apart', async () => {
      const log = await createLog();
      const [first, second] = textUpdates(2) as [Uint8Array, Uint8Array];
      log.append('a', first);
      log.append('b', second);
      expect(log.load('a').map((row) => [...row.data])).toEqual([[...first]]);
      expect(log.load('b').map((row) => [...row.data])).toEqual([[...second]]);
    });

    it('stores a copy: changing the appended bytes afterwards changes nothing', async () => {
      const log = await createLog();
      const update = textUpdates(1)[0] as Uint8Array;
      const original = [...update];
      log.append('a', update);
      update.fill(0);
      expect([...(log.load('a')[0]?.data ?? [])]).toEqual(original);
    });

    it('compacts a prefix into one snapshot row that keeps its place before later rows', async () => {
      const log = await createLog();
      const updates = textUpdates(10);
      const ids = updates.map((update) => log.append('a', update));
      log.append('b', updates[0] as Uint8Array);
      const upTo = ids[6] as number;
      const snapshot = foldUpdates(updates.slice(0, 7));
      log.compact('a', upTo, snapshot);
      const rows = log.load('a');
      expect(rows.map((row) => row.id)).toEqual([upTo, ...ids.slice(7)]);
      expect(rows.map((row) => row.isSnapshot)).toEqual([true, false, false, false]);
      expect([...(rows[0]?.data ?? [])]).toEqual([...snapshot]);
      expect(foldUpdates(rows.map((row) => row.data))).toEqual(foldUpdates(updates));
      expect(log.load('b')).toHaveLength(1);
    });

    it('appends after a compaction replay after the snapshot', async () => {
      const log = await createLog();
      const updates = textUpdates(6);
      const ids = updates.slice(0, 3).map((update) => log.append('a', update));
      log.compact('a', ids[2] as number, foldUpdates(updates.slice(0, 3)));
      for (const update of updates.slice(3)) log.append('a', update);
      const rows = log.load('a');
      expect(rows).toHaveLength(4);
      expect(foldUpdates(rows.map((row) => row.data))).toEqual(foldUpdates(updates));
    });

    it('refuses to compact up to a row the room does not have, changing nothing', async () => {
      const log = await createLog();
      const updates = textUpdates(3);
      log.append('a', updates[0] as Uint8Array);
      const foreign = log.append('b', updates[1] as Uint8Array);
      log.append('a', updates[2] as Uint8Array);
      const before = log.load('a');
      expect(() => log.compact('a', foreign, foldUpdates(updates))).toThrow();
      expect(log.load('a')).toEqual(before);
      expect(log.load('b')).toHaveLength(1);
    });
  });
}
