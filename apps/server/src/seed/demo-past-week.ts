/**
 * The demo's past week, finalized (issue 13, part A): planned from the template like the other seeded
 * weeks, then the coordinator's attendance (one no-show, one stand-in) and the finalize, each a step of
 * the audit trail, so a fresh demo has hours to report and a Verlauf to read.
 */
import * as Y from 'yjs';
import {
  addStandIn,
  datesOfIsoWeek,
  displayName,
  finalizeWeekDoc,
  instantOf,
  markNoShow,
  readWeek,
  recordOf,
  type Absence,
  type IsoWeek,
  type WeekRecord,
} from '@schichtbrett/domain';
import type { TrailStep } from '@schichtbrett/db';
import { DEMO_CENTER, DEMO_STAFF } from './demo-data';
import { DEMO_AREA_REQUIREMENTS } from './demo-records';

const COORDINATOR = DEMO_STAFF[0];
/** As a session names her (first name and initial), which is what the finalize command writes. */
const COORDINATOR_NAME = displayName(COORDINATOR);
/** Steps of a coordinator's hand on the board, told in the Verlauf under her name. */
const SEED_COMMAND = 'seed-command';
/** She stepped in on a shift of her area: the demo volunteer account sees the hours as hers. */
const STAND_IN = 'demo-petra';

export interface PastWeek {
  /** The planned, published week the trail starts from. */
  baseline: Uint8Array;
  state: Uint8Array;
  steps: TrailStep[];
  /** What the finalize command would write, taken from the document just before the freeze. */
  record: WeekRecord;
  finalizedAt: string;
  finalizedBy: string;
}

/**
 * Records attendance on `doc` (a published, planned week) and finalizes it on the Sunday evening after.
 * The no-show is the first planned person of the week; Petra stands in on a shift that needs no Nachweis.
 */
export function finalizeDemoPastWeek(doc: Y.Doc, week: IsoWeek, absences: readonly Absence[] = []): PastWeek {
  const baseline = Y.encodeStateAsUpdate(doc);
  const sunday = datesOfIsoWeek(week)[6] ?? '';
  const at = (time: string) => instantOf(sunday, time, DEMO_CENTER.timeZone).toISOString();
  const step = (time: string, change: () => void): TrailStep => {
    const before = Y.encodeStateVector(doc);
    change();
    return {
      data: Y.encodeStateAsUpdate(doc, before),
      at: at(time),
      personId: COORDINATOR.id,
      personName: COORDINATOR_NAME,
    };
  };

  const staffed = readWeek(doc).shifts.filter((shift) => shift.cancelled === undefined && shift.assigned.length > 0);
  // She steps in where no Nachweis is needed (Wäschedienst, Hausaufgabenhilfe): the demo stays lawful.
  const covered = staffed.find(
    (shift) => !shift.assigned.includes(STAND_IN) && (DEMO_AREA_REQUIREMENTS[shift.areaId] ?? []).length === 0,
  );
  const missed = staffed.find((shift) => shift !== covered);
  if (!missed?.assigned[0] || !covered) throw new Error('the demo template plans too few people for a past week');
  const noShow = missed.assigned[0];
  const attendance = step('17:00', () => {
    doc.transact(() => {
      expectOk(markNoShow(doc, missed.id, noShow, SEED_COMMAND));
      expectOk(addStandIn(doc, covered.id, STAND_IN, SEED_COMMAND));
    }, SEED_COMMAND);
  });
  // As the finalize command: the record is the document at the moment of the freeze, absences proposed as not come.
  const record = recordOf(readWeek(doc).shifts, absences);
  const finalizedAt = at('17:05');
  const finalize = step('17:05', () => finalizeWeekDoc(doc, { at: finalizedAt, by: COORDINATOR_NAME }, SEED_COMMAND));
  return {
    baseline,
    state: Y.encodeStateAsUpdate(doc),
    steps: [attendance, finalize],
    record,
    finalizedAt,
    finalizedBy: COORDINATOR.id,
  };
}

function expectOk(result: { ok: boolean; reason?: string }): void {
  if (!result.ok) throw new Error(`seeding the past week's attendance failed: ${result.reason ?? ''}`);
}
