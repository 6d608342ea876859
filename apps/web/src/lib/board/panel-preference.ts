/**
 * Whether the board shows the people panel, remembered per device (issue 13): a coordinator who hid it to
 * see more of the week finds it hidden next time. Pure over a small storage interface (localStorage).
 */

/** The part of `Storage` this uses; tests pass a Map-backed one. */
export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const PANEL_PREFERENCE_KEY = 'schichtbrett:board:people-panel';

/** The remembered choice, or `fallback` (the screen's default) when there is none or it is unreadable. */
export function readPanelShown(storage: PreferenceStorage | null, fallback: boolean): boolean {
  try {
    const stored = storage?.getItem(PANEL_PREFERENCE_KEY);
    return stored === 'shown' ? true : stored === 'hidden' ? false : fallback;
  } catch {
    // Storage can be off (private mode, a policy): then the default holds.
    return fallback;
  }
}

/** Remembers the choice; a device that stores nothing simply keeps it for this page. */
export function rememberPanelShown(storage: PreferenceStorage | null, shown: boolean): boolean {
  try {
    storage?.setItem(PANEL_PREFERENCE_KEY, shown ? 'shown' : 'hidden');
  } catch {
    // As above: not remembering is the only consequence.
  }
  return shown;
}
