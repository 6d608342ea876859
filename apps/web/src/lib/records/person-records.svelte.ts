/**
 * One person's records as the server last answered: Nachweise, absences and weekly availability, kept in
 * step with every save. Components present it and call its methods; the API is passed in, bound to the
 * center and the person.
 */
import type { AvailabilitySlot } from '@schichtbrett/domain';
import type { AbsenceInput, AbsenceItem, QualificationInput, QualificationItem, SaveResult } from '$lib/api/records';
import { sameSlot, sortSlots } from './record-words';

export interface PersonRecordsApi {
  addQualification(input: QualificationInput): Promise<SaveResult<QualificationItem>>;
  deleteQualification(id: string): Promise<SaveResult<true>>;
  addAbsence(input: AbsenceInput): Promise<SaveResult<AbsenceItem>>;
  deleteAbsence(id: string): Promise<SaveResult<true>>;
  saveAvailability(slots: readonly AvailabilitySlot[]): Promise<SaveResult<AvailabilitySlot[]>>;
}

export interface PersonRecordsData {
  qualifications: readonly QualificationItem[];
  absences: readonly AbsenceItem[];
  slots: readonly AvailabilitySlot[];
}

export type Outcome =
  { ok: true } | { ok: false; reason: 'refused'; message: string } | { ok: false; reason: 'unavailable' };

function outcomeOf(result: SaveResult<unknown>): Outcome {
  return result.ok ? { ok: true } : result;
}

export class PersonRecords {
  qualifications = $state.raw<QualificationItem[]>([]);
  absences = $state.raw<AbsenceItem[]>([]);
  slots = $state.raw<AvailabilitySlot[]>([]);
  readonly #api: PersonRecordsApi;

  constructor(data: PersonRecordsData, api: PersonRecordsApi) {
    this.qualifications = [...data.qualifications];
    this.absences = [...data.absences];
    this.slots = sortSlots(data.slots);
    this.#api = api;
  }

  async addQualification(input: QualificationInput): Promise<Outcome> {
    const result = await this.#api.addQualification(input);
    if (result.ok) this.qualifications = [...this.qualifications, result.value];
    return outcomeOf(result);
  }

  /**
   * The API has no "change": a correction stores the corrected record, then deletes the wrong one. Should
   * the delete fail, both stay and the outcome says so; nothing is lost either way.
   */
  async correctQualification(id: string, input: QualificationInput): Promise<Outcome> {
    const added = await this.addQualification(input);
    if (!added.ok) return added;
    return this.removeQualification(id);
  }

  async removeQualification(id: string): Promise<Outcome> {
    const result = await this.#api.deleteQualification(id);
    if (result.ok) this.qualifications = this.qualifications.filter((q) => q.id !== id);
    return outcomeOf(result);
  }

  async addAbsence(input: AbsenceInput): Promise<Outcome> {
    const result = await this.#api.addAbsence(input);
    if (result.ok) this.absences = [...this.absences, result.value].sort((a, b) => a.from.localeCompare(b.from));
    return outcomeOf(result);
  }

  async removeAbsence(id: string): Promise<Outcome> {
    const result = await this.#api.deleteAbsence(id);
    if (result.ok) this.absences = this.absences.filter((a) => a.id !== id);
    return outcomeOf(result);
  }

  /** Adding a slot that is already there changes nothing and asks nobody. */
  async addSlot(slot: AvailabilitySlot): Promise<Outcome> {
    if (this.slots.some((known) => sameSlot(known, slot))) return { ok: true };
    return this.#replaceSlots([...this.slots, slot]);
  }

  async removeSlot(slot: AvailabilitySlot): Promise<Outcome> {
    return this.#replaceSlots(this.slots.filter((known) => !sameSlot(known, slot)));
  }

  async #replaceSlots(slots: AvailabilitySlot[]): Promise<Outcome> {
    const result = await this.#api.saveAvailability(slots);
    if (result.ok) this.slots = sortSlots(result.value);
    return outcomeOf(result);
  }
}
