/**
 * A person's open requests ("Anfragen", issue 6) on "Meine Schichten": loaded with the page's list,
 * answered one at a time, with the sentence of the last answer.
 */
import type { AssignResult } from '$lib/api/gaps';
import type { ShiftRequest } from '$lib/api/shift-requests';

export interface ShiftRequestsDeps {
  load: () => Promise<ShiftRequest[] | null>;
  answer: (id: string, answer: 'accept' | 'decline') => Promise<AssignResult>;
}

export type RequestOutcome =
  | { kind: 'accepted' | 'declined'; request: ShiftRequest }
  | { kind: 'refused'; request: ShiftRequest; message: string }
  | { kind: 'unavailable'; request: ShiftRequest };

export class ShiftRequests {
  requests = $state<ShiftRequest[]>([]);
  pending = $state<string | null>(null);
  outcome = $state<RequestOutcome | null>(null);

  readonly #deps: ShiftRequestsDeps;

  constructor(deps: ShiftRequestsDeps) {
    this.#deps = deps;
  }

  /** Keeps the last list when loading fails: the page says elsewhere that it may be stale. */
  async refresh(): Promise<void> {
    const loaded = await this.#deps.load();
    if (loaded) this.requests = loaded;
  }

  async answer(request: ShiftRequest, answer: 'accept' | 'decline'): Promise<RequestOutcome | null> {
    if (this.pending !== null) return null;
    this.pending = request.id;
    try {
      const result = await this.#deps.answer(request.id, answer);
      this.outcome = result.ok
        ? { kind: answer === 'accept' ? 'accepted' : 'declined', request }
        : result.reason === 'refused'
          ? { kind: 'refused', request, message: result.message }
          : { kind: 'unavailable', request };
      await this.refresh();
      return this.outcome;
    } finally {
      this.pending = null;
    }
  }
}
