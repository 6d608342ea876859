import { describe, expect, it } from 'vitest';
import { decodeDragPayload, encodeDragPayload } from './drag-payload';

describe('drag payload', () => {
  it('round-trips a person and an assignment', () => {
    for (const payload of [
      { kind: 'person', personId: 'p1' },
      { kind: 'assignment', personId: 'p1', fromShiftId: 's@1' },
    ] as const) {
      expect(decodeDragPayload(encodeDragPayload(payload))).toEqual(payload);
    }
  });

  it('refuses what is not ours', () => {
    expect(decodeDragPayload('not json')).toBeNull();
    expect(decodeDragPayload('{"kind":"person"}')).toBeNull();
    expect(decodeDragPayload('{"kind":"assignment","personId":"p"}')).toBeNull();
    expect(decodeDragPayload('{"kind":"shift","personId":"p"}')).toBeNull();
  });
});
