/**
 * Qualifications (Nachweise) an area can require and a person can hold. The full rules (Führungszeugnis
 * valid 5 years, Hygienebelehrung refreshed after 2) arrive with the volunteers issue; the board's warning
 * already asks this module, so the rule lives in one place.
 */
import type { LocalDate } from './iso-week';

export const QUALIFICATION_KINDS = ['fuehrungszeugnis', 'hygiene', 'fuehrerschein'] as const;
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];

export interface HeldQualification {
  kind: QualificationKind;
  /** Last day it counts; null when it does not expire (Führerschein). */
  validUntil: LocalDate | null;
}

/** The required qualifications a person does not hold valid on `date`. */
export function missingQualifications(
  required: readonly QualificationKind[],
  held: readonly HeldQualification[],
  date: LocalDate,
): QualificationKind[] {
  return required.filter(
    (kind) => !held.some((q) => q.kind === kind && (q.validUntil === null || q.validUntil >= date)),
  );
}
