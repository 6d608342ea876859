/**
 * The gaps view in words (issue 6): a suggestion's reason ("verfügbar Mi vormittags · 2 Schichten
 * (6 Std.) in den letzten 4 Wochen") and a heatmap cell ("2/3, teilweise besetzt"), so nothing is said by
 * colour alone.
 */
import type { CoverageLevel, GapSuggestion, GapsView, LocalDate } from '@schichtbrett/domain';
import { shiftFitText } from '$lib/board/fit-text';
import { m } from '$lib/paraglide/messages';

/** "6 Std." or "4,5 Std.": hours with at most one decimal, in the locale's way. */
export function hoursText(minutes: number, locale: string): string {
  const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(minutes / 60);
  return m.gaps_hours({ hours });
}

export function workloadText(workload: GapSuggestion['workload'], locale: string): string {
  if (workload.shifts === 0) return m.gaps_workload_none();
  const hours = hoursText(workload.minutes, locale);
  return workload.shifts === 1
    ? m.gaps_workload_one({ hours })
    : m.gaps_workload_many({ shifts: String(workload.shifts), hours });
}

/** Why this person is suggested: their slots that day (or that they gave none), then their recent work. */
export function suggestionReason(suggestion: GapSuggestion, date: LocalDate, locale: string): string {
  const availability =
    suggestion.availability.kind === 'unknown'
      ? m.gaps_availability_unknown()
      : (shiftFitText({ absence: null, missing: [], availability: suggestion.availability }, date)?.text ?? '');
  return [availability, workloadText(suggestion.workload, locale)].filter((part) => part !== '').join(' · ');
}

export function coverageLevelText(level: CoverageLevel): string {
  switch (level) {
    case 'none':
      return m.gaps_level_none();
    case 'full':
      return m.gaps_level_full();
    case 'partial':
      return m.gaps_level_partial();
    case 'empty':
      return m.gaps_level_empty();
    case 'past':
      return m.gaps_level_past();
    default: {
      const unknown: never = level;
      return unknown;
    }
  }
}

/** "1 von 2 fehlt", "2 von 3 fehlen": the verb agrees with how many are missing. */
export function missingText(missing: number, needed: number): string {
  const counts = { missing: String(missing), needed: String(needed) };
  return missing === 1 ? m.gaps_missing_one(counts) : m.gaps_missing_other(counts);
}

/**
 * The sentence above the list, read from the same view as the table below it (issue 13): it says "no
 * gaps" only when no cell ahead is short, and "nothing ahead" when every shift of the week has started.
 */
export function gapsSummaryText(view: GapsView): string {
  if (view.status === 'draft') return m.gaps_draft();
  if (view.status === 'finalized') return m.gaps_finalized();
  const cells = view.heatmap.flatMap((row) => row.cells);
  if (view.gaps.length > 0) {
    // A shift short of a Nachweis but of no place is a gap of its own kind (ADR 30): said apart, never "0 Leute".
    const short = view.gaps.filter((gap) => gap.missing > 0);
    const unqualified = view.gaps.filter((gap) => gap.unqualified > 0).length;
    return [openPlacesSentence(short), unqualified === 0 ? '' : unqualifiedSentence(unqualified)]
      .filter((sentence) => sentence !== '')
      .join(' ');
  }
  const ahead = cells.some((cell) => cell.level === 'full' || cell.level === 'partial' || cell.level === 'empty');
  return ahead ? m.gaps_none() : m.gaps_none_ahead();
}

function openPlacesSentence(short: readonly GapsView['gaps'][number][]): string {
  if (short.length === 0) return '';
  const people = short.reduce((sum, gap) => sum + gap.missing, 0);
  const counts = { shifts: String(short.length), people: String(people) };
  if (short.length === 1) return people === 1 ? m.gaps_summary_one_one(counts) : m.gaps_summary_one_many(counts);
  return m.gaps_summary_many(counts);
}

function unqualifiedSentence(shifts: number): string {
  return shifts === 1 ? m.gaps_summary_unqualified_one() : m.gaps_summary_unqualified_many({ shifts: String(shifts) });
}
