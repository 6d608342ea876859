/**
 * The live events of centers (issue 5, ADR 14): who listens to which center, and telling them that a week
 * changed once its rows are in SQL. A listener belongs to a session, like a sync socket, so it is ended
 * with the sockets when that session ends or the person's access to the center changes.
 */

/** Who holds a stream: enough to end it with the sessions it belongs to. */
export interface EventHolder {
  userId: string;
  sessionId: string;
  center: string;
  /** The holder's person in `center`: requests addressed to them are told to their streams only. */
  personId: string;
}

/**
 * Why a stream ends early: its session ended (the browser stops), or the person's role, areas or membership
 * changed (the browser reconnects and is authorized anew).
 */
export type StreamEndReason = 'session-ended' | 'access-changed';

/** What a stream is told; a discriminated union so the route's switch is exhaustive. */
export type CenterEvent =
  | { kind: 'week-changed'; week: string }
  /** A request ("Anfrage") to the holder was made or answered: their "Meine Schichten" reloads. */
  | { kind: 'requests-changed' }
  /** The center's own data changed (its areas): boards, template and people pages refetch the center. */
  | { kind: 'center-changed' }
  | { kind: 'ended'; reason: StreamEndReason };

export type CenterEventListener = (event: CenterEvent) => void;

interface Subscription {
  holder: EventHolder;
  listener: CenterEventListener;
}

export class CenterEvents {
  private readonly subscriptions = new Set<Subscription>();

  /** Starts telling `listener` about `holder.center`; returns the function that stops it (idempotent). */
  subscribe(holder: EventHolder, listener: CenterEventListener): () => void {
    const subscription: Subscription = { holder, listener };
    this.subscriptions.add(subscription);
    return () => {
      this.subscriptions.delete(subscription);
    };
  }

  /** The rows of `center`'s `week` are committed: a list read now sees them. */
  weekChanged(center: string, week: string): void {
    for (const { holder, listener } of [...this.subscriptions]) {
      if (holder.center === center) listener({ kind: 'week-changed', week });
    }
  }

  /** The center's areas changed (created, renamed, reordered, archived): every member's stream hears of it. */
  centerChanged(center: string): void {
    for (const { holder, listener } of [...this.subscriptions]) {
      if (holder.center === center) listener({ kind: 'center-changed' });
    }
  }

  /** A request to `personId` in `center` was made or answered; only that person's streams hear of it. */
  requestsChanged(center: string, personId: string): void {
    for (const { holder, listener } of [...this.subscriptions]) {
      if (holder.center === center && holder.personId === personId) listener({ kind: 'requests-changed' });
    }
  }

  /**
   * Ends (and forgets) every stream whose holder `ended` matches: a session ended, or the person's access
   * to the center changed (the client reconnects and is authorized anew). Returns how many ended.
   */
  endWhere(ended: (holder: EventHolder) => boolean, reason: StreamEndReason): number {
    let count = 0;
    for (const subscription of [...this.subscriptions]) {
      if (!ended(subscription.holder)) continue;
      this.subscriptions.delete(subscription);
      subscription.listener({ kind: 'ended', reason });
      count++;
    }
    return count;
  }

  /** How many streams are open (tests check that none leak). */
  get size(): number {
    return this.subscriptions.size;
  }
}
