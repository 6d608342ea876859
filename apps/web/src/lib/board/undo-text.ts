/** Says what an undo or redo step took back or did again, for the live region. */
import type { Shift } from '@schichtbrett/domain';
import type { Person } from '$lib/api/centers';
import { m } from '$lib/paraglide/messages';
import { personName } from './shift-text';
import type { UndoAction } from './week-board.svelte';

export function undoActionText(
  action: UndoAction | null,
  { summarize, people }: { summarize: (shift: Shift) => string; people: readonly Person[] },
): string {
  if (action === null) return m.undo_action_unknown();
  switch (action.kind) {
    case 'add':
      return m.undo_action_add({ shift: summarize(action.shift) });
    case 'update':
      return m.undo_action_update({ shift: summarize(action.shift) });
    case 'remove':
      return m.undo_action_remove({ shift: summarize(action.shift) });
    case 'duplicate':
      return m.undo_action_duplicate({ shift: summarize(action.shift) });
    case 'assign':
      return m.undo_action_assign({ name: personName(people, action.personId), shift: summarize(action.shift) });
    case 'unassign':
      return m.undo_action_unassign({
        name: personName(people, action.personId),
        shift: summarize(action.shift),
      });
    case 'move':
      return m.undo_action_move({ name: personName(people, action.personId), shift: summarize(action.shift) });
    case 'set-needed':
      return m.undo_action_needed({ count: action.count, needed: action.needed });
    default: {
      const unknown: never = action;
      return unknown;
    }
  }
}
