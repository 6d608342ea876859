/**
 * What both record pages (a coordinator's person page and "Meine Angaben") load, and the API bound to one
 * person for `PersonRecords`; one place so the two pages cannot drift apart.
 */
import {
  addAbsence,
  addQualification,
  deleteAbsence,
  deleteQualification,
  fetchAbsences,
  fetchAvailability,
  fetchQualifications,
  saveAvailability,
} from '$lib/api/records';
import type { PersonRecordsApi, PersonRecordsData } from './person-records.svelte';

type Fetch = typeof fetch;

export async function loadRecordsOfPerson(
  fetchFn: Fetch,
  center: string,
  personId: string,
): Promise<PersonRecordsData> {
  const [qualifications, absences, slots] = await Promise.all([
    fetchQualifications(fetchFn, center, personId),
    fetchAbsences(fetchFn, center, personId),
    fetchAvailability(fetchFn, center, personId),
  ]);
  return { qualifications, absences, slots };
}

export function recordsApiFor(fetchFn: Fetch, center: string, personId: string): PersonRecordsApi {
  return {
    addQualification: (input) => addQualification(fetchFn, center, personId, input),
    deleteQualification: (id) => deleteQualification(fetchFn, center, personId, id),
    addAbsence: (input) => addAbsence(fetchFn, center, personId, input),
    deleteAbsence: (id) => deleteAbsence(fetchFn, center, personId, id),
    saveAvailability: (slots) => saveAvailability(fetchFn, center, personId, slots),
  };
}
