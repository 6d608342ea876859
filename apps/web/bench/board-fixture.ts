/**
 * A busy week for the board benchmark: 150 shifts (6 days × 5 areas × 5 shifts), people on most of
 * them, mounted into a simulated DOM the way the board page does.
 */
import {
  addShift,
  assignPerson,
  datesOfIsoWeek,
  initWeekDoc,
  updateShift,
  type Membership,
} from '@schichtbrett/domain';
import { flushSync, mount, unmount } from 'svelte';
import * as Y from 'yjs';
import type { Area, Person } from '$lib/api/centers';
import { BoardAccess } from '$lib/board/board-access';
import { WeekBoard } from '$lib/board/week-board.svelte';
import BoardHarness from './board-harness.svelte';

const WEEK = { year: 2026, week: 48 };
export const weekDates = datesOfIsoWeek(WEEK);
export const areas: Area[] = ['cafe', 'kinder', 'essen', 'waesche', 'fahrt'].map((id, index) => ({
  id,
  name: `Bereich ${index + 1}`,
  color: '#1f4e79',
}));
export const people: Person[] = Array.from({ length: 40 }, (_, index) => ({
  id: `p${index}`,
  displayName: `Person ${index}`,
  initials: `P${index}`,
}));
const me: Membership = { center: 'demo', personId: 'me', role: 'coordinator', areaIds: [], displayName: 'Bench' };

/** The document of a week with 150 shifts, as another client would have written it. */
export function busyWeek(): Y.Doc {
  const doc = new Y.Doc();
  initWeekDoc(doc, { center: 'demo', week: WEEK }, 'seed');
  let n = 0;
  for (const date of weekDates.slice(0, 6)) {
    for (const area of areas) {
      for (let slot = 0; slot < 5; slot += 1) {
        const id = `s${n}`;
        const start = `${String(8 + slot * 2).padStart(2, '0')}:00`;
        const end = `${String(9 + slot * 2).padStart(2, '0')}:30`;
        addShift(doc, id, { areaId: area.id, date, start, end, needed: 2, notes: '' }, 'seed');
        if (n % 3 !== 0) assignPerson(doc, id, `p${n % 40}`, n, 'seed');
        n += 1;
      }
    }
  }
  return doc;
}

export interface MountedBoard {
  target: HTMLElement;
  board: WeekBoard;
  doc: Y.Doc;
  destroy: () => void;
}

export function mountBoard(source: Y.Doc): MountedBoard {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  const board = new WeekBoard({ doc, origin: { kind: 'local-user', name: 'Bench' }, now: () => 0, newId: () => 'x' });
  const target = document.createElement('div');
  document.body.append(target);
  const component = mount(BoardHarness, {
    target,
    props: {
      board,
      weekDates,
      areas,
      people,
      access: new BoardAccess(me, { kind: 'week', center: 'demo', week: { year: 2026, week: 48 } }),
    },
  });
  flushSync();
  return {
    target,
    board,
    doc,
    destroy: () => {
      void unmount(component);
      board.destroy();
      target.remove();
    },
  };
}

/** Changes one shift in `source` and sends only that change to the mounted board, as the server would. */
export async function remoteChange(
  source: Y.Doc,
  mounted: MountedBoard,
  shiftId: string,
  needed: number,
): Promise<void> {
  const before = Y.encodeStateVector(mounted.doc);
  updateShift(source, shiftId, { needed }, 'remote');
  Y.applyUpdate(mounted.doc, Y.encodeStateAsUpdate(source, before), 'provider');
  // The board reads the document once per burst, in a microtask.
  await Promise.resolve();
  flushSync();
}
