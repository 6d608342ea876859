/**
 * The gaps page's state (issue 6): the last answer of …/gaps, refetched when the center's event stream
 * says a week changed, and the one-click assignment with what it said. Components only present it.
 */
import type { GapItem, GapSuggestion, GapsView } from '@schichtbrett/domain';
import type { AssignResult } from '$lib/api/gaps';
import { m } from '$lib/paraglide/messages';

export interface GapsBoardDeps {
  load: () => Promise<GapsView>;
  assign: (shiftId: string, personId: string) => Promise<AssignResult>;
  request: (shiftId: string, personId: string) => Promise<AssignResult>;
  now?: () => number;
}

/** What the last assignment on a gap said; `done` when the person is on it. */
export interface GapNotice {
  tone: 'done' | 'refused';
  text: string;
}

export class GapsBoard {
  view = $state<GapsView>() as GapsView;
  updatedAt = $state(0);
  failed = $state(false);
  /** `shiftId:personId` of the assignment on its way, so its button shows it and cannot be pressed twice. */
  pending = $state<string | null>(null);
  /** What the last assignment said; page-level, since a filled gap leaves the list with its card. */
  notice = $state<GapNotice | null>(null);

  readonly #deps: GapsBoardDeps;

  constructor(initial: GapsView, deps: GapsBoardDeps) {
    this.view = initial;
    this.#deps = deps;
    this.updatedAt = (deps.now ?? Date.now)();
  }

  async refresh(): Promise<void> {
    try {
      this.view = await this.#deps.load();
      this.failed = false;
      this.updatedAt = (this.#deps.now ?? Date.now)();
    } catch {
      this.failed = true;
    }
  }

  /** "Eintragen": puts the person on the gap at once. */
  assign(gap: GapItem, suggestion: GapSuggestion): Promise<void> {
    return this.#send(gap, suggestion, this.#deps.assign, m.gaps_assigned({ name: suggestion.name }));
  }

  /** "Anfragen": asks the person, who accepts or declines in "Meine Schichten". */
  request(gap: GapItem, suggestion: GapSuggestion): Promise<void> {
    return this.#send(gap, suggestion, this.#deps.request, m.gaps_request_sent({ name: suggestion.name }));
  }

  async #send(gap: GapItem, suggestion: GapSuggestion, command: GapsBoardDeps['assign'], done: string): Promise<void> {
    if (this.pending !== null) return;
    this.pending = `${gap.shiftId}:${suggestion.personId}`;
    try {
      const result = await command(gap.shiftId, suggestion.personId);
      this.notice = noticeOf(result, done);
      // Refused or not: the list is stale either way (someone else filled the place, or now it is ours).
      await this.refresh();
    } finally {
      this.pending = null;
    }
  }
}

function noticeOf(result: AssignResult, done: string): GapNotice {
  if (result.ok) return { tone: 'done', text: done };
  return { tone: 'refused', text: result.reason === 'refused' ? result.message : m.gaps_assign_unavailable() };
}
