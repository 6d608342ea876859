/**
 * What the signed-in person may change on this board, by the same rule the server applies to each update
 * (domain `weekAccessOf` / `mayTouchShifts`): the UI offers only what the server would accept.
 */
import {
  mayTouchShifts,
  roomAccessOf,
  type Membership,
  type RoomName,
  type Shift,
  type WeekAccess,
} from '@schichtbrett/domain';
import type { Area } from '$lib/api/centers';

export class BoardAccess {
  readonly access: WeekAccess;

  /** `finalized`: the week is the record; the server refuses every write, so nothing is offered. */
  constructor(membership: Membership, room: RoomName, options: { finalized?: boolean } = {}) {
    const decision = roomAccessOf(membership, room);
    // A room the person may not open at all offers nothing to change (the server refuses the socket anyway).
    this.access = decision.ok && !options.finalized ? decision.access : { kind: 'read' };
  }

  /** Whether a new shift may be created in this area. */
  mayAddIn(areaId: string): boolean {
    return mayTouchShifts(this.access, [{ shiftId: 'new', areaBefore: null, areaAfter: areaId }]);
  }

  /** Whether this shift may be changed, staffed or deleted (in its own area). */
  mayEdit(shift: Pick<Shift, 'id' | 'areaId'>): boolean {
    return mayTouchShifts(this.access, [{ shiftId: shift.id, areaBefore: shift.areaId, areaAfter: shift.areaId }]);
  }

  /** Whether the shift may be moved into `areaId` (touches the old and the new area). */
  mayMove(shift: Pick<Shift, 'id' | 'areaId'>, areaId: string): boolean {
    return mayTouchShifts(this.access, [{ shiftId: shift.id, areaBefore: shift.areaId, areaAfter: areaId }]);
  }

  /** The areas a new shift may go into, in the center's order. */
  areasForNew(areas: readonly Area[]): Area[] {
    return areas.filter((area) => this.mayAddIn(area.id));
  }

  /** The areas an existing shift may be moved to; its own area first among them if allowed. */
  areasFor(shift: Pick<Shift, 'id' | 'areaId'>, areas: readonly Area[]): Area[] {
    return areas.filter((area) => this.mayMove(shift, area.id));
  }

  get readOnly(): boolean {
    return this.access.kind === 'read';
  }
}
