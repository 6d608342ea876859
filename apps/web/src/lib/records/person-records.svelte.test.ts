import type { AvailabilitySlot } from '@schichtbrett/domain';
import { describe, expect, it } from 'vitest';
import type { QualificationItem, SaveResult } from '$lib/api/records';
import { PersonRecords, type PersonRecordsApi } from './person-records.svelte';

const old: QualificationItem = {
  id: 'q-old',
  kind: 'hygiene',
  date: '2024-03-10',
  validity: 'until',
  validUntil: '2026-03-09',
};
const monday: AvailabilitySlot = { weekday: 1, kind: 'part-of-day', part: 'vormittags' };
const wednesday: AvailabilitySlot = { weekday: 3, kind: 'time', start: '14:00', end: '18:00' };

/** An API that records its calls; `addAnswer` decides how the next POST of a Nachweis ends. */
function fakeApi(addAnswer: SaveResult<QualificationItem>) {
  const calls: string[] = [];
  const api: PersonRecordsApi = {
    addQualification: async (input) => {
      calls.push(`add ${input.kind}`);
      return addAnswer;
    },
    deleteQualification: async (id) => {
      calls.push(`delete ${id}`);
      return { ok: true, value: true };
    },
    addAbsence: async () => ({ ok: false, reason: 'unavailable' }),
    deleteAbsence: async () => ({ ok: true, value: true }),
    saveAvailability: async (slots) => {
      calls.push(`put ${slots.length}`);
      return { ok: true, value: [...slots] };
    },
  };
  return { api, calls };
}

describe('PersonRecords', () => {
  it('corrects a Nachweis by storing the new one first, then deleting the old one', async () => {
    const corrected: QualificationItem = { ...old, id: 'q-new', date: '2026-03-10', validUntil: '2028-03-09' };
    const { api, calls } = fakeApi({ ok: true, value: corrected });
    const records = new PersonRecords({ qualifications: [old], absences: [], slots: [] }, api);
    expect(await records.correctQualification('q-old', { kind: 'hygiene', date: '2026-03-10' })).toEqual({ ok: true });
    expect(calls).toEqual(['add hygiene', 'delete q-old']);
    expect(records.qualifications).toEqual([corrected]);
  });

  it('keeps the old Nachweis when the corrected one is refused', async () => {
    const { api, calls } = fakeApi({ ok: false, reason: 'refused', message: 'Das Datum fehlt.' });
    const records = new PersonRecords({ qualifications: [old], absences: [], slots: [] }, api);
    expect(await records.correctQualification('q-old', { kind: 'hygiene', date: '' })).toEqual({
      ok: false,
      reason: 'refused',
      message: 'Das Datum fehlt.',
    });
    expect(calls).toEqual(['add hygiene']);
    expect(records.qualifications).toEqual([old]);
  });

  it('adds and removes availability slots by replacing the whole list, Monday first', async () => {
    const { api, calls } = fakeApi({ ok: false, reason: 'unavailable' });
    const records = new PersonRecords({ qualifications: [], absences: [], slots: [wednesday] }, api);
    await records.addSlot(monday);
    expect(records.slots).toEqual([monday, wednesday]);
    // The same slot again asks nobody.
    await records.addSlot({ ...monday });
    await records.removeSlot(wednesday);
    expect(records.slots).toEqual([monday]);
    expect(calls).toEqual(['put 2', 'put 1']);
  });

  it('changes nothing when the server cannot be reached', async () => {
    const { api } = fakeApi({ ok: false, reason: 'unavailable' });
    const records = new PersonRecords({ qualifications: [], absences: [], slots: [] }, api);
    expect(await records.addAbsence({ from: '2026-12-20', to: '2026-12-24' })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(records.absences).toEqual([]);
  });
});
