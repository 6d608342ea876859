/**
 * Keeps the board's people context of one week fresh (issue 5). It is SQL data, not in the Yjs document,
 * so nothing pushes changes: it is read when the board opens and again whenever the window gets focus
 * (records may have been edited in another tab or by someone else). A failed read keeps what was known:
 * offline, the warnings stay.
 */
import { EMPTY_PEOPLE_CONTEXT, type PeopleContext } from '@schichtbrett/domain';

export interface PeopleContextLoaderOptions {
  load: () => Promise<PeopleContext | null>;
  /** Called with every context that differs from the one before. */
  onChange?: (context: PeopleContext) => void;
}

export class PeopleContextLoader {
  context = $state.raw<PeopleContext>(EMPTY_PEOPLE_CONTEXT);

  readonly #load: () => Promise<PeopleContext | null>;
  readonly #onChange: (context: PeopleContext) => void;
  #target: EventTarget | null = null;
  /** Only the answer to the latest request counts; an older one arriving late is dropped. */
  #latest = 0;
  #known = '';

  constructor({ load, onChange = () => {} }: PeopleContextLoaderOptions) {
    this.#load = load;
    this.#onChange = onChange;
  }

  /** Reads now, and again on focus of `target`. */
  start(target: EventTarget): void {
    this.#target = target;
    target.addEventListener('focus', this.#refreshSoon);
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const request = ++this.#latest;
    const next = await this.#load();
    if (request !== this.#latest || next === null) return;
    // The same answer again (every focus asks) must not wake the board: warnings stay as they are.
    const text = JSON.stringify(next);
    if (text === this.#known) return;
    this.#known = text;
    this.context = next;
    this.#onChange(next);
  }

  destroy(): void {
    this.#target?.removeEventListener('focus', this.#refreshSoon);
    this.#target = null;
    this.#latest += 1;
  }

  readonly #refreshSoon = (): void => {
    void this.refresh();
  };
}
