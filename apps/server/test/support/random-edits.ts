/** Seeded random edits on a Y.Doc (text, array, map; inserts and deletes), in the style of Yjs' own tests. */
import * as prng from 'lib0/prng';
import * as Y from 'yjs';

export function randomEdit(gen: prng.PRNG, doc: Y.Doc): void {
  const text = doc.getText('notes');
  const shifts = doc.getArray<string>('shifts');
  const meta = doc.getMap<number | string>('meta');
  switch (prng.int32(gen, 0, 5)) {
    case 0:
      text.insert(prng.int32(gen, 0, text.length), prng.word(gen, 1, 4));
      return;
    case 1:
      if (text.length > 0) {
        const index = prng.int32(gen, 0, text.length - 1);
        text.delete(index, prng.int32(gen, 1, text.length - index));
      }
      return;
    case 2:
      shifts.insert(prng.int32(gen, 0, shifts.length), [prng.word(gen, 1, 6)]);
      return;
    case 3:
      if (shifts.length > 0) shifts.delete(prng.int32(gen, 0, shifts.length - 1), 1);
      return;
    case 4:
      meta.set(prng.oneOf(gen, ['a', 'b', 'c', 'd']), prng.int32(gen, 0, 1000));
      return;
    default:
      meta.delete(prng.oneOf(gen, ['a', 'b', 'c', 'd']));
  }
}

/** Several random edits, sometimes bundled into one transaction as an app would. */
export function randomEdits(gen: prng.PRNG, doc: Y.Doc, count: number): void {
  for (let i = 0; i < count; i++) {
    if (prng.bool(gen)) randomEdit(gen, doc);
    else
      doc.transact(() => {
        for (let j = prng.int32(gen, 2, 4); j > 0; j--) randomEdit(gen, doc);
      });
  }
}

/**
 * The content of the root types `randomEdit` touches (Y.Doc#toJSON skips types a doc never asked for).
 * Map keys are sorted: a Y.Map iterates in the order this replica learnt its keys, which differs between
 * replicas with equal content, so comparing JSON text would report a false divergence.
 */
export function docContent(doc: Y.Doc): { notes: string; shifts: unknown[]; meta: Record<string, unknown> } {
  return {
    notes: doc.getText('notes').toString(),
    shifts: doc.getArray('shifts').toJSON(),
    meta: Object.fromEntries(Object.entries(doc.getMap('meta').toJSON()).sort(([a], [b]) => a.localeCompare(b))),
  };
}
