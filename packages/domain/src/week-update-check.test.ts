import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ShiftInput } from './shift';
import {
  addShift,
  askForStandIn,
  assignPerson,
  initWeekDoc,
  removeShift,
  updateShift,
  withdrawStandIn,
} from './week-doc';
import {
  areasEnteredBy,
  isNoOpUpdate,
  mayApplyWeekUpdate,
  touchedShiftsOf,
  WeekProbe,
  type WeekUpdateEffect,
} from './week-update-check';
import type { WeekAccess } from './permissions';
import { addStandIn, markNoShow, setActualTimes } from './attendance';

const week = { center: 'demo', week: { year: 2026, week: 48 } };
const cafe: ShiftInput = { areaId: 'cafe', date: '2026-11-23', start: '09:00', end: '12:00', needed: 2, notes: '' };
const kitchen: ShiftInput = { ...cafe, areaId: 'kitchen' };

/** The server's document: meta and one shift in each of two areas. */
function serverDoc(): Y.Doc {
  const doc = new Y.Doc();
  initWeekDoc(doc, week, 'server');
  addShift(doc, 'c1', cafe, 'server');
  addShift(doc, 'k1', kitchen, 'server');
  return doc;
}

/** The update a client in sync with `doc` sends for `edit`. */
function updateOf(doc: Y.Doc, edit: (client: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(client);
  edit(client);
  return Y.encodeStateAsUpdate(client, before);
}

const lead: WeekAccess = { kind: 'write-areas', areaIds: ['cafe'] };
const volunteer: WeekAccess = { kind: 'read' };
const coordinator: WeekAccess = { kind: 'write-all' };

describe('touchedShiftsOf', () => {
  it.each<[string, (doc: Y.Doc) => void, Partial<WeekUpdateEffect>]>([
    [
      'adding a shift',
      (doc) => addShift(doc, 'c2', cafe, 'c'),
      { touched: [{ shiftId: 'c2', areaBefore: null, areaAfter: 'cafe' }] },
    ],
    [
      'editing a field',
      (doc) => updateShift(doc, 'k1', { needed: 5 }, 'c'),
      { touched: [{ shiftId: 'k1', areaBefore: 'kitchen', areaAfter: 'kitchen' }] },
    ],
    [
      'assigning a person',
      (doc) => assignPerson(doc, 'c1', 'p1', 1, 'c'),
      { touched: [{ shiftId: 'c1', areaBefore: 'cafe', areaAfter: 'cafe' }] },
    ],
    [
      'deleting a shift',
      (doc) => removeShift(doc, 'k1', 'c'),
      { touched: [{ shiftId: 'k1', areaBefore: 'kitchen', areaAfter: null }] },
    ],
    [
      'moving a shift to another area',
      (doc) => updateShift(doc, 'c1', { areaId: 'kitchen' }, 'c'),
      { touched: [{ shiftId: 'c1', areaBefore: 'cafe', areaAfter: 'kitchen' }] },
    ],
    [
      'replacing a shift entry with a malformed one',
      (doc) => doc.getMap('shifts').set('k1', 'kaputt'),
      { touched: [{ shiftId: 'k1', areaBefore: 'kitchen', areaAfter: '' }] },
    ],
  ])('reports %s with the area before and after', (_name, edit, expected) => {
    const doc = serverDoc();
    const stateBefore = Y.encodeStateAsUpdate(doc);
    const effect = touchedShiftsOf(doc, updateOf(doc, edit));
    expect(effect).toEqual({
      changed: true,
      otherChanges: false,
      standInChanged: false,
      attendanceChanged: false,
      invalidContent: [],
      incomplete: false,
      ...expected,
    });
    // The real document is never changed.
    expect(Y.encodeStateAsUpdate(doc)).toEqual(stateBefore);
  });

  it('reports changes to meta and to unknown root types as other changes', () => {
    const doc = serverDoc();
    for (const edit of [
      (c: Y.Doc) => c.getMap('meta').set('week', '2026-W49'),
      (c: Y.Doc) => c.getText('notes').insert(0, 'x'),
      (c: Y.Doc) => c.getArray('shifts-elsewhere').push([1]),
    ]) {
      expect(touchedShiftsOf(doc, updateOf(doc, edit))).toEqual({
        changed: true,
        touched: [],
        otherChanges: true,
        standInChanged: false,
        attendanceChanged: false,
        invalidContent: [],
        incomplete: false,
      });
    }
  });

  it('reports an update that changes nothing as unchanged', () => {
    const doc = serverDoc();
    expect(
      touchedShiftsOf(
        doc,
        updateOf(doc, () => {}),
      ),
    ).toEqual({
      changed: false,
      touched: [],
      otherChanges: false,
      standInChanged: false,
      attendanceChanged: false,
      invalidContent: [],
      incomplete: false,
    });
    // What the stock client sends as sync step 2: no new structs, but its whole delete set.
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(doc));
    expect(touchedShiftsOf(doc, step2).changed).toBe(false);
  });

  it('reports an update whose dependencies are missing as incomplete', () => {
    const doc = serverDoc();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    addShift(client, 'c2', cafe, 'c');
    updateShift(client, 'c2', { needed: 3 }, 'c');
    const effect = touchedShiftsOf(doc, updates[1] as Uint8Array);
    expect(effect.incomplete).toBe(true);
    expect(mayApplyWeekUpdate(lead, effect)).toBe(false);
  });
});

describe('WeekProbe', () => {
  it('keeps the areas in step across updates, so a later move is seen from the right area', () => {
    const doc = serverDoc();
    const probe = WeekProbe.of(doc);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    updateShift(client, 'k1', { areaId: 'cafe' }, 'c');
    updateShift(client, 'k1', { areaId: 'garden' }, 'c');
    expect(probe.apply(updates[0] as Uint8Array).touched).toEqual([
      { shiftId: 'k1', areaBefore: 'kitchen', areaAfter: 'cafe' },
    ]);
    expect(probe.apply(updates[1] as Uint8Array).touched).toEqual([
      { shiftId: 'k1', areaBefore: 'cafe', areaAfter: 'garden' },
    ]);
    probe.destroy();
  });
});

describe('isNoOpUpdate', () => {
  it('is true for the empty update and for a sync step 2 of an up-to-date client', () => {
    const doc = serverDoc();
    removeShift(doc, 'k1', 'server');
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    expect(isNoOpUpdate(doc, new Uint8Array([0, 0]))).toBe(true);
    expect(isNoOpUpdate(doc, Y.encodeStateAsUpdate(client, Y.encodeStateVector(doc)))).toBe(true);
    expect(isNoOpUpdate(doc, Y.encodeStateAsUpdate(client))).toBe(true);
  });

  it('is false for new structs and for new deletions', () => {
    const doc = serverDoc();
    expect(
      isNoOpUpdate(
        doc,
        updateOf(doc, (c) => updateShift(c, 'c1', { needed: 4 }, 'c')),
      ),
    ).toBe(false);
    // A pure deletion of existing content: no new structs, one new deletion.
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    removeShift(client, 'k1', 'c');
    const deletion = Y.encodeStateAsUpdate(client, Y.encodeStateVector(doc));
    expect(isNoOpUpdate(doc, deletion)).toBe(false);
  });

  it('throws on an update it cannot decode', () => {
    expect(() => isNoOpUpdate(serverDoc(), new Uint8Array([1, 2, 3]))).toThrow();
  });
});

describe('mayApplyWeekUpdate', () => {
  const doc = serverDoc();
  const edits = {
    'own area': updateOf(doc, (c) => updateShift(c, 'c1', { needed: 4 }, 'c')),
    'new shift in own area': updateOf(doc, (c) => addShift(c, 'c2', cafe, 'c')),
    'other area': updateOf(doc, (c) => updateShift(c, 'k1', { needed: 4 }, 'c')),
    'delete other area': updateOf(doc, (c) => removeShift(c, 'k1', 'c')),
    'move in': updateOf(doc, (c) => updateShift(c, 'k1', { areaId: 'cafe' }, 'c')),
    'move out': updateOf(doc, (c) => updateShift(c, 'c1', { areaId: 'kitchen' }, 'c')),
    meta: updateOf(doc, (c) => c.getMap('meta').set('center', 'other')),
    nothing: updateOf(doc, () => {}),
  };
  it.each([
    ['own area', true, false],
    ['new shift in own area', true, false],
    ['other area', false, false],
    ['delete other area', false, false],
    ['move in', false, false],
    ['move out', false, false],
    ['meta', false, false],
    ['nothing', true, true],
  ] as const)('%s: team lead %s, volunteer %s, coordinator always', (name, leadMay, volunteerMay) => {
    const effect = touchedShiftsOf(doc, edits[name]);
    expect(mayApplyWeekUpdate(lead, effect)).toBe(leadMay);
    expect(mayApplyWeekUpdate(volunteer, effect)).toBe(volunteerMay);
    expect(mayApplyWeekUpdate(coordinator, effect)).toBe(true);
  });
});

describe('stand-in requests in updates', () => {
  /** The server's document where Anna, on the café shift, looks for a stand-in. */
  function seekingDoc(): Y.Doc {
    const doc = serverDoc();
    assignPerson(doc, 'c1', 'anna', 1, 'server');
    askForStandIn(doc, 'c1', 'anna', 2, 'server');
    return doc;
  }

  it.each<[string, (client: Y.Doc) => void]>([
    [
      'faking a request in their own area',
      (c) => {
        assignPerson(c, 'c1', 'bert', 3, 'lead');
        askForStandIn(c, 'c1', 'bert', 4, 'lead');
      },
    ],
    ['ending somebody’s request', (c) => withdrawStandIn(c, 'c1', 'anna', 'lead')],
    [
      'creating a shift that carries a request',
      (c) =>
        c.transact(() => {
          addShift(c, 'c2', cafe, 'lead');
          assignPerson(c, 'c2', 'bert', 1, 'lead');
          askForStandIn(c, 'c2', 'bert', 2, 'lead');
        }),
    ],
  ])('refuses a team lead %s, a coordinator may', (_name, edit) => {
    const doc = seekingDoc();
    const effect = touchedShiftsOf(doc, updateOf(doc, edit));
    expect(effect.standInChanged).toBe(true);
    expect(mayApplyWeekUpdate(lead, effect)).toBe(false);
    expect(mayApplyWeekUpdate(coordinator, effect)).toBe(true);
  });

  it('lets a team lead edit, take people off and remove a shift that has a request', () => {
    for (const edit of [
      (c: Y.Doc) => updateShift(c, 'c1', { needed: 3 }, 'lead'),
      (c: Y.Doc) => assignPerson(c, 'c1', 'bert', 5, 'lead'),
      (c: Y.Doc) => removeShift(c, 'c1', 'lead'),
    ]) {
      const doc = seekingDoc();
      const effect = touchedShiftsOf(doc, updateOf(doc, edit));
      expect(effect.standInChanged).toBe(false);
      expect(mayApplyWeekUpdate(lead, effect)).toBe(true);
    }
  });
});

describe('attendance in updates', () => {
  /** The server's document where Anna is on the café shift. */
  function staffedDoc(): Y.Doc {
    const doc = serverDoc();
    assignPerson(doc, 'c1', 'anna', 1, 'server');
    return doc;
  }

  it.each<[string, (client: Y.Doc) => void]>([
    ['marking a no-show in their own area', (c) => markNoShow(c, 'c1', 'anna', 'lead')],
    ['adding a stand-in', (c) => addStandIn(c, 'c1', 'bert', 'lead')],
    ['setting real times', (c) => setActualTimes(c, 'c1', 'anna', { start: '09:30', end: null }, 'lead')],
  ])('refuses a team lead %s, a coordinator may', (_name, edit) => {
    const doc = staffedDoc();
    const effect = touchedShiftsOf(doc, updateOf(doc, edit));
    expect(effect.attendanceChanged).toBe(true);
    expect(mayApplyWeekUpdate(lead, effect)).toBe(false);
    expect(mayApplyWeekUpdate(coordinator, effect)).toBe(true);
  });

  it('still lets a team lead staff a shift of their area', () => {
    const doc = staffedDoc();
    const effect = touchedShiftsOf(
      doc,
      updateOf(doc, (c) => assignPerson(c, 'c1', 'bert', 2, 'lead')),
    );
    expect(effect.attendanceChanged).toBe(false);
    expect(mayApplyWeekUpdate(lead, effect)).toBe(true);
  });
});

describe('keys and texts in updates (every role, coordinators included)', () => {
  const INJECTION = 'x\r\nATTENDEE;CN=Evil:mailto:evil@evil.test\r\nX-INJECTED:1';
  /** Writes a shift entry under any key, as a hand-made client could (`addShift` itself refuses bad keys). */
  function rawShift(c: Y.Doc, key: string, fields: Record<string, unknown> = {}): void {
    c.transact(() => {
      const map = new Y.Map<unknown>();
      for (const [field, value] of Object.entries({ ...cafe, ...fields })) map.set(field, value);
      map.set('assignees', new Y.Map());
      c.getMap('shifts').set(key, map);
    });
  }

  it.each<[string, (client: Y.Doc) => void, string[]]>([
    [
      'a key with line breaks (iCal injection)',
      (c) => rawShift(c, INJECTION),
      [`shifts[${JSON.stringify(INJECTION)}]`],
    ],
    ['a key with a space', (c) => rawShift(c, 'c 2'), ['shifts["c 2"]']],
    ['an empty key', (c) => rawShift(c, ''), ['shifts[""]']],
    ['a key of 65 characters', (c) => rawShift(c, 'a'.repeat(65)), [`shifts["${'a'.repeat(65)}"]`]],
    ['a key that is no shift at all', (c) => c.getMap('shifts').set('<b>', 1), ['shifts["<b>"]']],
    ['notes with NUL', (c) => rawShift(c, 'c2', { notes: 'Kuchen\u0000' }), ['shifts["c2"].notes']],
    [
      'changed notes with a direction override',
      (c) => updateShiftRaw(c, 'c1', 'notes', 'gpj.\u202Eexe'),
      ['shifts["c1"].notes'],
    ],
    [
      'a called-off reason with a line break',
      (c) => updateShiftRaw(c, 'k1', 'cancelled', 'zu\nATTENDEE:x'),
      ['shifts["k1"].cancelled'],
    ],
    [
      'a closed day whose reason has a line break',
      (c) => {
        const closed = new Y.Map<string>();
        closed.set('2026-11-23', 'Wasser\r\nschaden');
        c.getMap('meta').set('closedDays', closed);
      },
      ['meta.closedDays["2026-11-23"]'],
    ],
    [
      'a finalizing name with an override',
      (c) => c.getMap('meta').set('finalizedBy', '\u202EAnna'),
      ['meta.finalizedBy'],
    ],
  ])('refuses %s', (_name, edit, invalid) => {
    const doc = serverDoc();
    const effect = touchedShiftsOf(doc, updateOf(doc, edit));
    expect(effect.invalidContent).toEqual(invalid);
    expect(mayApplyWeekUpdate(coordinator, effect)).toBe(false);
    expect(mayApplyWeekUpdate(lead, effect)).toBe(false);
  });

  function updateShiftRaw(c: Y.Doc, shiftId: string, field: string, value: string): void {
    (c.getMap('shifts').get(shiftId) as Y.Map<unknown>).set(field, value);
  }

  it.each<[string, (client: Y.Doc) => void]>([
    ['a board id', (c) => addShift(c, 's-0123456789abcdef01234567', cafe, 'c')],
    ['a planned id', (c) => addShift(c, 'demo-cafe-vm-1@2026-11-23', cafe, 'c')],
    ['multi-line notes with umlauts and an emoji', (c) => updateShift(c, 'c1', { notes: 'Kuchen 🎂\nSchürze' }, 'c')],
    ['an Arabic note with a direction mark', (c) => updateShift(c, 'c1', { notes: 'مرحبا\u200F!' }, 'c')],
    [
      'a closed day with a reason',
      (c) => {
        const closed = new Y.Map<string>();
        closed.set('2026-11-23', 'Betriebsausflug');
        c.getMap('meta').set('closedDays', closed);
      },
    ],
  ])('lets a coordinator write %s', (_name, edit) => {
    const doc = serverDoc();
    const effect = touchedShiftsOf(doc, updateOf(doc, edit));
    expect(effect.invalidContent).toEqual([]);
    expect(mayApplyWeekUpdate(coordinator, effect)).toBe(true);
  });

  it('judges only what an update writes: a bad key or note stored before the rules does not block other edits', () => {
    const doc = serverDoc();
    rawShift(doc, 'alt schlecht', { notes: 'alt\u0000' });
    for (const edit of [
      (c: Y.Doc) => updateShift(c, 'alt schlecht', { needed: 3 }, 'c'),
      (c: Y.Doc) => assignPerson(c, 'alt schlecht', 'anna', 1, 'c'),
      (c: Y.Doc) => removeShift(c, 'alt schlecht', 'c'),
    ]) {
      const effect = touchedShiftsOf(doc, updateOf(doc, edit));
      expect(effect.invalidContent).toEqual([]);
      expect(mayApplyWeekUpdate(lead, effect)).toBe(true);
    }
    const effect = touchedShiftsOf(
      doc,
      updateOf(doc, (c) => updateShiftRaw(c, 'alt schlecht', 'notes', 'neu\u0000')),
    );
    expect(effect.invalidContent).toEqual(['shifts["alt schlecht"].notes']);
  });

  it('keeps the texts in step across updates, so writing back the stored note is no change', () => {
    const doc = serverDoc();
    const probe = WeekProbe.of(doc);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    updateShift(client, 'c1', { notes: 'Kuchen' }, 'c');
    updateShiftRaw(client, 'c1', 'notes', 'Kuchen\u0007');
    expect(probe.apply(updates[0] as Uint8Array).invalidContent).toEqual([]);
    expect(probe.apply(updates[1] as Uint8Array).invalidContent).toEqual(['shifts["c1"].notes']);
    probe.destroy();
  });
});

describe('areasEnteredBy (archived areas take no new shifts)', () => {
  it.each<[string, (doc: Y.Doc) => void, string[]]>([
    ['adding a shift', (doc) => addShift(doc, 'c2', cafe, 'c'), ['cafe']],
    ['moving a shift to another area', (doc) => updateShift(doc, 'c1', { areaId: 'kitchen' }, 'c'), ['kitchen']],
    ['editing a shift in its area', (doc) => updateShift(doc, 'k1', { needed: 5 }, 'c'), []],
    ['staffing a shift', (doc) => assignPerson(doc, 'k1', 'p1', 1, 'c'), []],
    [
      'staffing a shift and marking a no-show',
      (doc) => {
        assignPerson(doc, 'k1', 'p1', 1, 'c');
        markNoShow(doc, 'k1', 'p1', 'c');
      },
      [],
    ],
    ['removing a shift', (doc) => removeShift(doc, 'k1', 'c'), []],
  ])('%s', (_name, edit, entered) => {
    const doc = serverDoc();
    expect(areasEnteredBy(touchedShiftsOf(doc, updateOf(doc, edit)))).toEqual(entered);
  });
});
