/**
 * Everything one open week board needs, wired in one place: the sync client (document, connection,
 * presence), the board state fed by the document, and what the signed-in person may change. The route
 * creates a session and destroys it when it leaves; components receive it and only present.
 */
import { datesOfIsoWeek, type IsoWeek, type LocalDate, type Membership } from '@schichtbrett/domain';
import type * as Y from 'yjs';
import type { Area, CenterDetails, Person } from '$lib/api/centers';
import { WeekSync } from '$lib/sync/week-sync.svelte';
import { Announcer } from './announcer.svelte';
import { BoardAccess } from './board-access';
import { WeekBoard, type LocalOrigin } from './week-board.svelte';

export interface BoardSessionOptions {
  details: CenterDetails;
  week: IsoWeek;
  serverUrl: string;
  now: () => number;
  newId: () => string;
  /** Where to go when the session has ended (the login page). */
  onSignedOut: () => void;
  isSignedIn: () => Promise<boolean>;
  /** The person's rights changed while connected (close code 4001): reload who they are. */
  onAccessChanged?: () => void;
}

export class BoardSession {
  readonly sync: WeekSync;
  board = $state.raw<WeekBoard>() as WeekBoard;
  readonly announcer = new Announcer();
  readonly areas: Area[];
  readonly people: Person[];
  readonly week: IsoWeek;
  readonly weekDates: LocalDate[];
  readonly origin: LocalOrigin;
  readonly me: Membership;
  readonly access: BoardAccess;
  readonly #now: () => number;
  readonly #newId: () => string;

  constructor({ details, week, serverUrl, now, newId, onSignedOut, isSignedIn, onAccessChanged }: BoardSessionOptions) {
    this.areas = details.areas;
    this.people = [...details.people].sort((a, b) => a.displayName.localeCompare(b.displayName));
    this.week = week;
    this.weekDates = datesOfIsoWeek(week);
    this.me = details.me;
    this.access = new BoardAccess(details.me);
    this.origin = { kind: 'local-user', name: details.me.displayName };
    this.#now = now;
    this.#newId = newId;
    this.sync = new WeekSync({
      center: details.center.slug,
      week,
      serverUrl,
      user: { personId: details.me.personId, name: details.me.displayName, role: details.me.role },
      onSignedOut,
      isSignedIn,
      onAccessChanged,
      onReset: (doc) => this.#replaceBoard(doc),
    });
    this.board = this.#boardOn(this.sync.doc);
  }

  connect(): void {
    this.sync.connect();
  }

  destroy(): void {
    this.board.destroy();
    this.sync.destroy();
  }

  #boardOn(doc: Y.Doc): WeekBoard {
    return new WeekBoard({ doc, origin: this.origin, now: this.#now, newId: this.#newId });
  }

  #replaceBoard(doc: Y.Doc): void {
    this.board.destroy();
    this.board = this.#boardOn(doc);
  }
}
