/**
 * What is being dragged on the board: a person from the people panel, or a person already on a shift.
 * Carried in the drag data under our own type and decoded on drop, since a drop may come from anywhere.
 */
export const DRAG_TYPE = 'application/x-schichtbrett';

export type DragPayload =
  { kind: 'person'; personId: string } | { kind: 'assignment'; personId: string; fromShiftId: string };

export function encodeDragPayload(payload: DragPayload): string {
  return JSON.stringify(payload);
}

export function decodeDragPayload(text: string): DragPayload | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { kind, personId, fromShiftId } = value as Record<string, unknown>;
  if (typeof personId !== 'string' || !personId) return null;
  if (kind === 'person') return { kind, personId };
  if (kind === 'assignment' && typeof fromShiftId === 'string' && fromShiftId) return { kind, personId, fromShiftId };
  return null;
}

/** Whether a drag carries our data; during `dragover` only the types can be read, not the data. */
export function carriesBoardDrag(transfer: DataTransfer | null): boolean {
  return transfer?.types.includes(DRAG_TYPE) ?? false;
}
