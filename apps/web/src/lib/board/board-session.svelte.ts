/**
 * Everything one open week board needs, wired in one place: the sync client (document, connection,
 * presence), the board state fed by the document, and what the signed-in person may change. The route
 * creates a session and destroys it when it leaves; components receive it and only present.
 */
import {
  TEMPLATE_REFERENCE_WEEK,
  datesOfIsoWeek,
  formatIsoWeek,
  warningContextOf,
  type IsoWeek,
  type IsoWeekday,
  type LocalDate,
  type Membership,
  type RoomName,
} from '@schichtbrett/domain';
import type * as Y from 'yjs';
import type { Area, Center, CenterDetails, Person } from '$lib/api/centers';
import { fetchPeopleContext } from '$lib/api/people-context';
import { WeekSync } from '$lib/sync/week-sync.svelte';
import { Announcer } from './announcer.svelte';
import { BoardAccess } from './board-access';
import { LocalPresence } from './local-presence';
import { PeopleContextLoader } from './people-context.svelte';
import { WeekBoard, type LocalOrigin } from './week-board.svelte';

/**
 * The room: a week's plan, or the center's template (whose shifts lie in the reference week 2001-W01).
 * `week` alone is short for the week room of `details`' center.
 */
export type BoardSessionRoom = { room: RoomName; week?: never } | { week: IsoWeek; room?: never };

export type BoardSessionOptions = BoardSessionBaseOptions & BoardSessionRoom;

export interface BoardSessionBaseOptions {
  details: CenterDetails;
  serverUrl: string;
  now: () => number;
  newId: () => string;
  /** Where to go when the session has ended (the login page). */
  onSignedOut: () => void;
  isSignedIn: () => Promise<boolean>;
  /** The person's rights changed while connected (close code `access-changed`): reload who they are. */
  onAccessChanged?: () => void;
}

export class BoardSession {
  readonly sync: WeekSync;
  board = $state.raw<WeekBoard>() as WeekBoard;
  readonly announcer = new Announcer();
  /**
   * The center's profile (name and contact in the header and on prints), its active areas (the rows) and
   * its opening days (the columns): replaced when a coordinator changes them (`center-changed`).
   */
  center = $state.raw<Center>() as Center;
  areas = $state.raw<Area[]>([]);
  openingDays = $state.raw<IsoWeekday[]>([]);
  readonly people: Person[];
  readonly room: RoomName;
  readonly week: IsoWeek;
  readonly weekDates: LocalDate[];
  readonly origin: LocalOrigin;
  readonly me: Membership;
  readonly access: BoardAccess;
  /** What the person may change while the week is finalized: nothing (see `accessNow`). */
  readonly #finalizedAccess: BoardAccess;
  /** The card this browser is at and whether it is idle, told to the others through awareness. */
  readonly presence: LocalPresence;
  /**
   * Nachweise, absences and slots of the people for this week, for warnings and the picker's hints. Null
   * for the template (it has no dates) and for volunteers (the server refuses them; they pick nobody).
   */
  readonly peopleContext: PeopleContextLoader | null;
  readonly #now: () => number;
  readonly #newId: () => string;

  constructor(options: BoardSessionOptions) {
    const { details, serverUrl, now, newId, onSignedOut, isSignedIn, onAccessChanged } = options;
    const room: RoomName = options.room ?? { kind: 'week', center: details.center.slug, week: options.week };
    const week = room.kind === 'week' ? room.week : TEMPLATE_REFERENCE_WEEK;
    this.applyCenter(details);
    this.people = [...details.people].sort((a, b) => a.displayName.localeCompare(b.displayName));
    this.week = week;
    this.weekDates = datesOfIsoWeek(week);
    this.me = details.me;
    this.access = new BoardAccess(details.me, room);
    this.#finalizedAccess = new BoardAccess(details.me, room, { finalized: true });
    this.origin = { kind: 'local-user', name: details.me.displayName };
    this.#now = now;
    this.#newId = newId;
    this.room = room;
    this.sync = new WeekSync({
      center: details.center.slug,
      week,
      room,
      serverUrl,
      user: { personId: details.me.personId, name: details.me.displayName, role: details.me.role },
      onSignedOut,
      isSignedIn,
      onAccessChanged,
      onReset: (doc) => this.#replaceBoard(doc),
    });
    this.presence = new LocalPresence({ publish: (fields) => this.sync.setPresence(fields), now });
    this.peopleContext =
      room.kind === 'week' && details.me.role !== 'volunteer'
        ? new PeopleContextLoader({
            load: () => fetchPeopleContext(fetch, details.center.slug, formatIsoWeek(week)),
            onChange: (context) => this.board.setWarningContext(warningContextOf(context)),
          })
        : null;
    this.board = this.#boardOn(this.sync.doc);
  }

  /** Takes the center as read again after `center-changed`: the board's rows, columns and header follow. */
  applyCenter(details: Pick<CenterDetails, 'center' | 'areas'>): void {
    this.center = details.center;
    this.areas = details.areas;
    this.openingDays = details.center.openingDays;
  }

  /** The access as the document stands: read-only for everyone while the week is finalized. */
  get accessNow(): BoardAccess {
    return this.board.meta?.status === 'finalized' ? this.#finalizedAccess : this.access;
  }

  connect(): void {
    this.sync.connect();
    if (typeof window !== 'undefined') {
      this.presence.start(window);
      this.peopleContext?.start(window);
    }
  }

  destroy(): void {
    this.presence.destroy();
    this.peopleContext?.destroy();
    this.board.destroy();
    this.sync.destroy();
  }

  #boardOn(doc: Y.Doc): WeekBoard {
    const board = new WeekBoard({ doc, origin: this.origin, now: this.#now, newId: this.#newId });
    if (this.peopleContext) board.setWarningContext(warningContextOf(this.peopleContext.context));
    return board;
  }

  /** After a reset the document is new, and so is the board with its undo history (the old steps are gone). */
  #replaceBoard(doc: Y.Doc): void {
    this.board.destroy();
    this.board = this.#boardOn(doc);
  }
}
