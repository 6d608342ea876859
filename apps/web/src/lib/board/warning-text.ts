/** The card's warnings in words: short, German first, naming people and areas, never colour alone. */
import type { QualificationKind, Shift, ShiftWarning } from '@schichtbrett/domain';
import type { Area, Person } from '$lib/api/centers';
import { m } from '$lib/paraglide/messages';
import { shortDate } from '$lib/format/dates';
import { intlLocale } from '$lib/i18n/locale';
import { areaName, personName } from './shift-text';

export function qualificationName(kind: QualificationKind): string {
  switch (kind) {
    case 'fuehrungszeugnis':
      return m.warning_qualification_fuehrungszeugnis();
    case 'hygiene':
      return m.warning_qualification_hygiene();
    case 'fuehrerschein':
      return m.warning_qualification_fuehrerschein();
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
}

export interface WarningTextContext {
  people: readonly Person[];
  areas: readonly Area[];
  shiftById: (id: string) => Pick<Shift, 'areaId'> | undefined;
}

export function warningText(warning: ShiftWarning, context: WarningTextContext): string {
  switch (warning.kind) {
    case 'overlap': {
      const other = context.shiftById(warning.otherShiftId);
      return m.warning_overlap({
        name: personName(context.people, warning.personId),
        area: other ? areaName(context.areas, other.areaId) : m.board_other_area(),
      });
    }
    case 'over-staffed':
      return warning.extra === 1 ? m.warning_over_one() : m.warning_over_other({ count: warning.extra });
    case 'missing-qualification': {
      const words = {
        name: personName(context.people, warning.personId),
        qualification: qualificationName(warning.qualification),
      };
      return warning.expired ? m.boardctx_warning_expired(words) : m.warning_missing_qualification(words);
    }
    case 'absent': {
      const name = personName(context.people, warning.personId);
      // A regular's absence matters most (their shift counted on them); the dates are in the people panel.
      if (warning.regular) return m.warning_absent_regular({ name });
      const until = shortDate(warning.until, intlLocale());
      return warning.reason
        ? m.boardctx_warning_absent_reason_until({ name, reason: warning.reason, until })
        : m.boardctx_warning_absent_until({ name, until });
    }
    default: {
      const unknown: never = warning;
      return unknown;
    }
  }
}
