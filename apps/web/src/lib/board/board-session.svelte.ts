/**
 * Everything one open week board needs, wired in one place: the sync client (document, connection,
 * presence), the board state fed by the document, and the local guest identity. The route creates a
 * session and destroys it when it leaves; components receive it and only present.
 */
import { datesOfIsoWeek, type IsoWeek, type LocalDate } from '@schichtbrett/domain';
import type { Area, CenterDetails, Person } from '$lib/api/centers';
import type { GuestIdentity, RenameResult } from '$lib/identity/guest-identity.svelte';
import { WeekSync } from '$lib/sync/week-sync.svelte';
import { Announcer } from './announcer.svelte';
import { WeekBoard, type LocalOrigin } from './week-board.svelte';

export interface BoardSessionOptions {
  details: CenterDetails;
  week: IsoWeek;
  identity: GuestIdentity;
  serverUrl: string;
  now: () => number;
  newId: () => string;
}

export class BoardSession {
  readonly sync: WeekSync;
  readonly board: WeekBoard;
  readonly identity: GuestIdentity;
  readonly announcer = new Announcer();
  readonly areas: Area[];
  readonly people: Person[];
  readonly week: IsoWeek;
  readonly weekDates: LocalDate[];
  readonly origin: LocalOrigin;

  constructor({ details, week, identity, serverUrl, now, newId }: BoardSessionOptions) {
    this.areas = details.areas;
    this.people = [...details.people].sort((a, b) => a.displayName.localeCompare(b.displayName));
    this.week = week;
    this.weekDates = datesOfIsoWeek(week);
    this.identity = identity;
    this.origin = { kind: 'local-user', name: identity.name };
    this.sync = new WeekSync({ center: details.center.slug, week, serverUrl, user: identity.user });
    this.board = new WeekBoard({ doc: this.sync.doc, origin: this.origin, now, newId });
  }

  connect(): void {
    this.sync.connect();
  }

  rename(name: string): RenameResult {
    const result = this.identity.rename(name);
    if (result.ok) {
      this.origin.name = this.identity.name;
      this.sync.setUser(this.identity.user);
    }
    return result;
  }

  destroy(): void {
    this.board.destroy();
    this.sync.destroy();
  }
}
