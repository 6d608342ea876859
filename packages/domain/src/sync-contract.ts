/**
 * The sync protocol's shared words, declared once for server and web (docs/sync-protocol.md): the
 * WebSocket close codes, the week status and the room kinds. Values read from the wire get a picklist.
 */
import * as v from 'valibot';

/**
 * WebSocket close codes the sync server sends, keyed by the reason text it sends with them.
 * y-websocket does not reconnect after codes 4400–4499.
 */
export const closeCodes = {
  /** The server is stopping; the client reconnects later. */
  'server-shutting-down': 1001,
  /** A frame exceeded the maximum frame size; sent by `ws` itself, listed here for the docs. */
  'message-too-big': 1009,
  /** Appending to the update log failed: nothing was broadcast, the room was dropped from memory. */
  'storage-failed': 1011,
  /**
   * The client reads too slowly: its unsent data passed the limit. It reconnects and catches up by state
   * vector, which costs far less than buffering every update for it.
   */
  'slow-consumer': 1013,
  /** A bug on the server (an unexpected exception); logged with its stack. */
  'internal-error': 1011,
  /**
   * The person's role, areas or active flag in the room's center changed (people management): the
   * connection must not keep its old rights. The provider reconnects (4000–4399 are not terminal) and the
   * new socket is authorized afresh at the upgrade (refused with HTTP 403 when deactivated).
   */
  'access-changed': 4001,
  /** The frame is not a well-formed y-websocket message (or is a text frame). */
  'malformed-message': 4400,
  /** Reserved: the session ended while connected (logout, expiry). Without a session there is no upgrade (401). */
  unauthenticated: 4401,
  /** Reserved: access to the room ended while connected (role change). Without access there is no upgrade (403). */
  forbidden: 4403,
  /** The room name is not of the documented form, or its center does not exist. */
  'unknown-room': 4404,
  /**
   * An update the connection's role may not send (another area's shift, anything for a volunteer). It was
   * not applied, stored or sent on; the client must drop its copy of the room and load it from the server.
   */
  'update-refused': 4409,
  /**
   * The week is a draft (still being planned): only coordinators may open it. Sent right after the room
   * loads, before anything of the document, and to connected team leads and volunteers as soon as a week
   * turns back into a draft. Terminal: the web client shows "Diese Woche wird noch geplant".
   */
  'not-published': 4412,
  /** A well-formed frame of a type a client may not send (e.g. auth) or that does not exist. */
  'unsupported-message-type': 4415,
  /** A Yjs update that Yjs cannot decode or apply. */
  'update-rejected': 4422,
} as const;

/** The reason text the server sends with a close; also the key of its code in `closeCodes`. */
export type CloseReason = keyof typeof closeCodes;

/** A close code the sync server sends. */
export type CloseCode = (typeof closeCodes)[CloseReason];

/** A week's place in its life: planned (draft), visible to all (published), closed for the record (finalized). */
export const weekStatuses = ['draft', 'published', 'finalized'] as const;

export type WeekStatus = (typeof weekStatuses)[number];

/** Decodes a week status that came over the wire (an API answer). */
export const weekStatusSchema = v.picklist(weekStatuses);

/** What a sync room holds: one week's plan, or the center's weekly template (Vorlage). */
export const roomKinds = ['week', 'template'] as const;

export type RoomKind = (typeof roomKinds)[number];

export function isWeekStatus(value: unknown): value is WeekStatus {
  return v.is(weekStatusSchema, value);
}
