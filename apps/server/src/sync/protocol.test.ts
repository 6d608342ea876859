import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { decodeMessage, encodeMessage, type DecodeResult, type SyncMessage } from './protocol';

function docWithText(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return doc;
}

/** Builds a frame the way the y-websocket provider does. */
function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function refusal(result: DecodeResult): string {
  return result.ok ? 'accepted' : result.reason;
}

describe('decodeMessage: frames of the stock y-websocket provider', () => {
  const doc = docWithText('hallo');

  it('decodes sync step 1 with the state vector', () => {
    const result = decodeMessage(frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeSyncStep1(e, doc))));
    expect(result).toEqual({ ok: true, message: { kind: 'sync-step-1', stateVector: Y.encodeStateVector(doc) } });
  });

  it('decodes sync step 2 and update with their Yjs update', () => {
    const update = Y.encodeStateAsUpdate(doc);
    const step2 = decodeMessage(frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeSyncStep2(e, doc))));
    expect(step2).toEqual({ ok: true, message: { kind: 'sync-step-2', update } });
    const plain = decodeMessage(frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeUpdate(e, update))));
    expect(plain).toEqual({ ok: true, message: { kind: 'update', update } });
  });

  it('decodes an awareness update into its entries', () => {
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ user: { name: 'Ada' } });
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
    const result = decodeMessage(frame((e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, update))));
    expect(result).toEqual({
      ok: true,
      message: {
        kind: 'awareness-update',
        update,
        entries: [{ clientId: doc.clientID, clock: 1, state: { user: { name: 'Ada' } } }],
      },
    });
    awareness.destroy();
  });

  it('decodes a removal (state null) and query-awareness', () => {
    const update = frame((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint(e, 7);
      encoding.writeVarUint(e, 3);
      encoding.writeVarString(e, 'null');
    });
    const result = decodeMessage(frame((e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, update))));
    expect(result.ok && result.message.kind === 'awareness-update' && result.message.entries).toEqual([
      { clientId: 7, clock: 3, state: null },
    ]);
    expect(decodeMessage(new Uint8Array([3]))).toEqual({ ok: true, message: { kind: 'query-awareness' } });
  });
});

describe('encodeMessage', () => {
  const doc = docWithText('Schicht');
  const messages: SyncMessage[] = [
    { kind: 'sync-step-1', stateVector: Y.encodeStateVector(doc) },
    { kind: 'sync-step-2', update: Y.encodeStateAsUpdate(doc) },
    { kind: 'update', update: Y.encodeStateAsUpdate(doc) },
    { kind: 'awareness-update', update: new Uint8Array([0]) },
    { kind: 'query-awareness' },
  ];

  it.each(messages)('round-trips $kind', (message) => {
    const decoded = decodeMessage(encodeMessage(message));
    expect(decoded.ok && { ...decoded.message, entries: undefined }).toEqual({ ...message, entries: undefined });
  });

  it('writes sync messages the y-protocols reader understands', () => {
    const target = new Y.Doc();
    const reply = encoding.createEncoder();
    const decoder = decoding.createDecoder(encodeMessage({ kind: 'sync-step-2', update: Y.encodeStateAsUpdate(doc) }));
    expect(decoding.readVarUint(decoder)).toBe(0);
    syncProtocol.readSyncMessage(decoder, reply, target, null);
    expect(target.getText('t').toString()).toBe('Schicht');
  });
});

describe('decodeMessage refusals', () => {
  const cases: Array<[string, number[], string]> = [
    ['an empty frame', [], 'malformed-message'],
    ['a truncated outer varint', [0x80], 'malformed-message'],
    ['a sync message without its type', [0], 'malformed-message'],
    ['a truncated inner varint', [0, 0x80], 'malformed-message'],
    ['a payload length past the end', [0, 2, 5, 1, 2], 'malformed-message'],
    ['a varint beyond 2^53', [0, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01], 'malformed-message'],
    ['trailing bytes after a message', [0, 2, 2, 0, 0, 9], 'malformed-message'],
    ['trailing bytes after query-awareness', [3, 0], 'malformed-message'],
    ['a state vector with trailing bytes', [0, 0, 2, 0, 1], 'malformed-message'],
    ['a truncated state vector', [0, 0, 2, 1, 5], 'malformed-message'],
    ['an auth message from a client', [2, 0, 2, 104, 105], 'unsupported-message-type'],
    ['an unknown outer type', [9], 'unsupported-message-type'],
    ['an unknown sync type', [0, 3, 0], 'unsupported-message-type'],
  ];

  it.each(cases)('refuses %s', (_name, bytes, reason) => {
    expect(refusal(decodeMessage(new Uint8Array(bytes)))).toBe(reason);
  });

  function awarenessFrame(json: string, trailing: number[] = []): Uint8Array {
    const update = frame((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint(e, 1);
      encoding.writeVarString(e, json);
      for (const byte of trailing) encoding.writeUint8(e, byte);
    });
    return frame((e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, update)));
  }

  it.each([
    ['not JSON', '{oops'],
    ['a number', '42'],
    ['an array', '[1]'],
  ])('refuses an awareness state that is %s', (_name, json) => {
    expect(refusal(decodeMessage(awarenessFrame(json)))).toBe('malformed-message');
  });

  it('refuses an awareness update with trailing bytes or a missing entry', () => {
    expect(refusal(decodeMessage(awarenessFrame('{}', [0])))).toBe('malformed-message');
    expect(refusal(decodeMessage(new Uint8Array([1, 2, 2, 1])))).toBe('malformed-message');
  });

  it('does not read past the frame when it is a view on a larger buffer', () => {
    const buffer = new Uint8Array([0, 2, 4, 0, 0, 7, 7]);
    expect(refusal(decodeMessage(buffer.subarray(0, 5)))).toBe('malformed-message');
  });

  it('returns a result, never throws, for seeded random frames', () => {
    const gen = prng.create(0x5c41c47);
    const reasons = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const bytes = prng.uint8Array(gen, prng.int32(gen, 0, 40));
      // Bias towards plausible prefixes so that the inner decoders get exercised too.
      if (bytes.length > 0 && prng.bool(gen)) bytes[0] = prng.int32(gen, 0, 3);
      reasons.add(refusal(decodeMessage(bytes)));
    }
    expect(reasons).toContain('malformed-message');
    expect(reasons).toContain('unsupported-message-type');
  });
});
