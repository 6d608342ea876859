/**
 * The Verlauf page's state: the events loaded so far (newest first), how many there are in all, and
 * loading older ones or refreshing the newest (when the center's live events name a changed week).
 */
import type { HistoryEvent, WeekHistoryResponse } from '@schichtbrett/domain';
import type { HistoryNames } from './history-text';

export type LoadHistoryPage = (offset: number) => Promise<WeekHistoryResponse>;

export class HistoryList {
  events = $state<HistoryEvent[]>([]);
  names = $state<HistoryNames>({ people: {}, areas: {} });
  total = $state(0);
  /** When the newest page last came from the server (ms). */
  updatedAt = $state(Date.now());
  busy = $state(false);
  failed = $state(false);
  readonly #load: LoadHistoryPage;

  constructor(first: WeekHistoryResponse, load: LoadHistoryPage) {
    this.#load = load;
    this.#take(first, false);
  }

  get hasMore(): boolean {
    return this.events.length < this.total;
  }

  /** Appends the next page of older events. */
  async loadOlder(): Promise<void> {
    await this.#run(async () => this.#take(await this.#load(this.events.length), true));
  }

  /** Reloads the newest page; older pages loaded before are dropped (they are a click away again). */
  async refresh(): Promise<void> {
    await this.#run(async () => this.#take(await this.#load(0), false));
  }

  async #run(work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await work();
      this.failed = false;
    } catch {
      this.failed = true;
    } finally {
      this.busy = false;
    }
  }

  #take(page: WeekHistoryResponse, append: boolean): void {
    this.events = append ? [...this.events, ...page.events] : page.events;
    // Names of earlier pages stay: their events are still shown.
    this.names = {
      people: { ...(append ? this.names.people : {}), ...page.people },
      areas: { ...(append ? this.names.areas : {}), ...page.areas },
    };
    this.total = page.total;
  }
}
