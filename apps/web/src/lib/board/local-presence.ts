/**
 * What this browser tells the others about itself beyond its name: the card it is at (a card's dialog
 * is open, or focus is inside the card) and whether it has gone idle. Leaving a card is published after
 * a short delay, so tabbing from one card to the next does not make avatars flicker.
 */

export interface PresenceFields {
  editing?: string | null;
  idle?: boolean;
}

export interface LocalPresenceOptions {
  publish: (fields: PresenceFields) => void;
  now?: () => number;
  /** No input for this long counts as idle (2 minutes). */
  idleAfterMs?: number;
  leaveDelayMs?: number;
}

export const IDLE_AFTER_MS = 120_000;
const LEAVE_DELAY_MS = 600;
const IDLE_CHECK_MS = 5_000;
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export class LocalPresence {
  readonly #publish: (fields: PresenceFields) => void;
  readonly #now: () => number;
  readonly #idleAfterMs: number;
  readonly #leaveDelayMs: number;
  #dialogShift: string | null = null;
  #focusShift: string | null = null;
  #published: string | null = null;
  #leaveTimer: ReturnType<typeof setTimeout> | undefined;
  #idleTimer: ReturnType<typeof setInterval> | undefined;
  #lastInput: number;
  #idle = false;
  #target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null = null;

  constructor({
    publish,
    now = Date.now,
    idleAfterMs = IDLE_AFTER_MS,
    leaveDelayMs = LEAVE_DELAY_MS,
  }: LocalPresenceOptions) {
    this.#publish = publish;
    this.#now = now;
    this.#idleAfterMs = idleAfterMs;
    this.#leaveDelayMs = leaveDelayMs;
    this.#lastInput = now();
  }

  /** Starts watching for input on `target` (the window); kept out of the constructor, which does no I/O. */
  start(target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): void {
    if (this.#target) return;
    this.#target = target;
    for (const type of INPUT_EVENTS) target.addEventListener(type, this.input, { passive: true });
    this.#idleTimer = setInterval(this.#checkIdle, IDLE_CHECK_MS);
  }

  openDialog(shiftId: string): void {
    this.#dialogShift = shiftId;
    this.#update();
  }

  closeDialog(): void {
    this.#dialogShift = null;
    this.#update();
  }

  /** Focus went into the card of `shiftId`, or out of every card (null). */
  focusShift(shiftId: string | null): void {
    this.#focusShift = shiftId;
    this.#update();
  }

  readonly input = (): void => {
    this.#lastInput = this.#now();
    if (!this.#idle) return;
    this.#idle = false;
    this.#publish({ idle: false });
  };

  destroy(): void {
    clearTimeout(this.#leaveTimer);
    clearInterval(this.#idleTimer);
    if (this.#target) for (const type of INPUT_EVENTS) this.#target.removeEventListener(type, this.input);
    this.#target = null;
  }

  readonly #checkIdle = (): void => {
    if (this.#idle || this.#now() - this.#lastInput < this.#idleAfterMs) return;
    this.#idle = true;
    this.#publish({ idle: true });
  };

  #update(): void {
    const editing = this.#dialogShift ?? this.#focusShift;
    clearTimeout(this.#leaveTimer);
    this.#leaveTimer = undefined;
    if (editing !== null) {
      this.#set(editing);
      return;
    }
    if (this.#published === null) return;
    this.#leaveTimer = setTimeout(() => this.#set(null), this.#leaveDelayMs);
  }

  #set(editing: string | null): void {
    if (editing === this.#published) return;
    this.#published = editing;
    this.#publish({ editing });
  }
}
