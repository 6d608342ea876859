/**
 * The y-websocket wire protocol (y-protocols sync + awareness framing) as a typed union: every frame is
 * decoded, or refused with a typed reason, before anything acts on it. Byte layout: docs/sync-protocol.md.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Outer message types of y-websocket (first varUint of every frame). */
export const outerMessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

/** Inner message types of a sync message (y-protocols/sync). */
export const syncMessageType = { step1: 0, step2: 1, update: 2 } as const;

/** One client's presence as carried in an awareness update; `state: null` means "gone". */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
}

/** A message either side may send (the server never sends query-awareness, but the encoding is shared). */
export type SyncMessage =
  | { kind: 'sync-step-1'; stateVector: Uint8Array }
  | { kind: 'sync-step-2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness-update'; update: Uint8Array }
  | { kind: 'query-awareness' };

/** What `decodeMessage` returns: awareness updates also carry their decoded (and thereby validated) entries. */
export type DecodedMessage =
  | Exclude<SyncMessage, { kind: 'awareness-update' }>
  | { kind: 'awareness-update'; update: Uint8Array; entries: AwarenessEntry[] };

export type ProtocolRefusalReason = 'malformed-message' | 'unsupported-message-type';

export type DecodeResult =
  { ok: true; message: DecodedMessage } | { ok: false; reason: ProtocolRefusalReason; detail: string };

/** Thrown only inside this module, to unwind a decode; never escapes `decodeMessage`. */
class Refusal extends Error {
  constructor(
    readonly reason: ProtocolRefusalReason,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** Decodes one binary frame. Truncated varints, lengths past the end and trailing bytes are malformed. */
export function decodeMessage(frame: Uint8Array): DecodeResult {
  try {
    const decoder = decoding.createDecoder(frame);
    const message = readMessage(decoder);
    if (decoding.hasContent(decoder)) {
      throw new Refusal('malformed-message', `${frame.length - decoder.pos} trailing bytes`);
    }
    return { ok: true, message };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.reason, detail: error.detail };
    // lib0 throws on reads past the end and on varints beyond 2^53.
    return { ok: false, reason: 'malformed-message', detail: errorMessage(error) };
  }
}

function readMessage(decoder: decoding.Decoder): DecodedMessage {
  const outer = decoding.readVarUint(decoder);
  switch (outer) {
    case outerMessageType.sync:
      return readSyncMessage(decoder);
    case outerMessageType.awareness: {
      const update = decoding.readVarUint8Array(decoder);
      return { kind: 'awareness-update', update, entries: readAwarenessEntries(update) };
    }
    case outerMessageType.queryAwareness:
      return { kind: 'query-awareness' };
    case outerMessageType.auth:
      throw new Refusal('unsupported-message-type', 'auth messages are sent by the server only');
    default:
      throw new Refusal('unsupported-message-type', `unknown message type ${outer}`);
  }
}

function readSyncMessage(decoder: decoding.Decoder): DecodedMessage {
  const inner = decoding.readVarUint(decoder);
  switch (inner) {
    case syncMessageType.step1: {
      const stateVector = decoding.readVarUint8Array(decoder);
      validateStateVector(stateVector);
      return { kind: 'sync-step-1', stateVector };
    }
    case syncMessageType.step2:
      return { kind: 'sync-step-2', update: decoding.readVarUint8Array(decoder) };
    case syncMessageType.update:
      return { kind: 'update', update: decoding.readVarUint8Array(decoder) };
    default:
      throw new Refusal('unsupported-message-type', `unknown sync message type ${inner}`);
  }
}

/** A state vector is varUint(n) followed by n pairs varUint(client) varUint(clock), nothing else. */
function validateStateVector(stateVector: Uint8Array): void {
  const decoder = decoding.createDecoder(stateVector);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
  }
  if (decoding.hasContent(decoder)) throw new Refusal('malformed-message', 'trailing bytes in state vector');
}

/** Layout of y-protocols/awareness: varUint(n), then n × (varUint client, varUint clock, varString JSON). */
function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ clientId, clock, state: parseAwarenessState(decoding.readVarString(decoder)) });
  }
  if (decoding.hasContent(decoder)) throw new Refusal('malformed-message', 'trailing bytes in awareness update');
  return entries;
}

function parseAwarenessState(json: string): Record<string, unknown> | null {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    throw new Refusal('malformed-message', 'awareness state is not JSON');
  }
  if (state === null) return null;
  if (typeof state !== 'object' || Array.isArray(state)) {
    throw new Refusal('malformed-message', 'awareness state is neither an object nor null');
  }
  return state as Record<string, unknown>;
}

/** Encodes a message exactly as the y-websocket provider expects it. */
export function encodeMessage(message: SyncMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  switch (message.kind) {
    case 'sync-step-1':
      writeSync(encoder, syncMessageType.step1, message.stateVector);
      break;
    case 'sync-step-2':
      writeSync(encoder, syncMessageType.step2, message.update);
      break;
    case 'update':
      writeSync(encoder, syncMessageType.update, message.update);
      break;
    case 'awareness-update':
      encoding.writeVarUint(encoder, outerMessageType.awareness);
      encoding.writeVarUint8Array(encoder, message.update);
      break;
    case 'query-awareness':
      encoding.writeVarUint(encoder, outerMessageType.queryAwareness);
      break;
    default:
      return assertNever(message);
  }
  return encoding.toUint8Array(encoder);
}

/** The awareness payload for `entries` (the inverse of the entry decoding above). */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

function writeSync(encoder: encoding.Encoder, type: number, payload: Uint8Array): void {
  encoding.writeVarUint(encoder, outerMessageType.sync);
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
}

/** Compile-time exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
