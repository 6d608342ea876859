/**
 * Who may be in a room given its document: a draft week (still being planned) is for coordinators only.
 * Asked by the room at join and after every accepted update, so turning a week back into a draft closes
 * the sockets of everyone else at once.
 */
import { weekStatusOf, type RoomName } from '@schichtbrett/domain';
import type * as Y from 'yjs';
import type { CloseReason, SyncIdentity } from '../sync';

export function weekAdmission(doc: Y.Doc, identity: SyncIdentity, room: RoomName): CloseReason | null {
  if (room.kind !== 'week' || identity.role === 'coordinator') return null;
  return weekStatusOf(doc) === 'draft' ? 'not-published' : null;
}
