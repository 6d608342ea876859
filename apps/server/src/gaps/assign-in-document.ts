/**
 * A planner puts a suggested person on a gap (issue 6): the same checks as the person's own claim
 * (published, not full, not away, qualified, no overlap, not started), plus that a team lead assigns
 * only within their areas. Synchronous, for one `rooms.changeDocument` step, so a place taken meanwhile
 * is refused as "full" instead of overfilling the shift.
 */
import { readShift } from '@schichtbrett/domain';
import type * as Y from 'yjs';
import { claimShiftInDocument, type ClaimantContext, type ClaimOutcome } from '../claims/claim-in-document';

export type AssignOutcome = ClaimOutcome | { kind: 'not-your-area' };

/** `areaIds`: the areas the planner may assign in, or null for all (coordinators). */
export function assignInDocument(
  doc: Y.Doc,
  shiftId: string,
  context: ClaimantContext & { areaIds: readonly string[] | null },
  origin: unknown,
): AssignOutcome {
  const shift = readShift(doc, shiftId);
  if (!shift) return { kind: 'shift-not-found' };
  if (context.areaIds !== null && !context.areaIds.includes(shift.areaId)) return { kind: 'not-your-area' };
  return claimShiftInDocument(doc, shiftId, context, origin);
}
