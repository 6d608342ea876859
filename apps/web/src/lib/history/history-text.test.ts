import type { HistoryActor, HistoryChange, HistoryEvent, ShiftRef } from '@schichtbrett/domain';
import { describe, expect, it } from 'vitest';
import { historyDays, historySentence, shortTime, type HistoryNames } from './history-text';

const names: HistoryNames = {
  people: { 'p-ben': 'Ben M.', 'p-anna': 'Anna K.', 'p-carl': 'Carl D.' },
  areas: { cafe: 'Café', kita: 'Kinderbetreuung' },
};
const cafe: ShiftRef = { id: 's1', areaId: 'cafe', date: '2026-11-23', start: '09:00', end: '12:00' };
const anna = { personId: 'p-anna', name: 'Anna K.' };
const at = '2026-11-26T09:14:00.000Z';

const say = (event: HistoryChange & { actor?: HistoryActor | null }) =>
  historySentence({ at, actor: anna, ...event }, names, 'de-DE');

describe('historySentence', () => {
  it('says who put whom on which shift, as people say it', () => {
    expect(say({ kind: 'person-assigned', shift: cafe, personId: 'p-ben' })).toBe(
      'Anna K. hat Ben M. für Café Mo 9–12 eingetragen.',
    );
  });

  it('says a claim and a give-back in the first person’s own words', () => {
    expect(say({ kind: 'person-assigned', shift: cafe, personId: 'p-anna' })).toBe(
      'Anna K. hat sich für Café Mo 9–12 eingetragen.',
    );
    expect(say({ kind: 'person-removed', shift: cafe, personId: 'p-anna' })).toBe(
      'Anna K. hat Café Mo 9–12 zurückgegeben.',
    );
    expect(say({ kind: 'person-removed', shift: cafe, personId: 'p-ben' })).toBe(
      'Anna K. hat Ben M. von Café Mo 9–12 ausgetragen.',
    );
  });

  it('lists what changed on a shift', () => {
    expect(
      say({
        kind: 'shift-changed',
        shift: { ...cafe, start: '09:30', areaId: 'kita' },
        time: {
          from: { date: cafe.date, start: '09:00', end: '12:00' },
          to: { date: cafe.date, start: '09:30', end: '12:00' },
        },
        area: { from: 'cafe', to: 'kita' },
        needed: { from: 2, to: 3 },
        notes: { from: '', to: 'Kuchen mitbringen' },
      }),
    ).toBe(
      'Anna K. hat die Schicht Kinderbetreuung Mo 9:30–12 geändert: Zeit von 9–12 auf 9:30–12, ' +
        'Bereich von Café auf Kinderbetreuung, Plätze von 2 auf 3, Notiz „Kuchen mitbringen“.',
    );
  });

  it('tells attendance recorded for finalizing', () => {
    const marked = { kind: 'attendance-marked', shift: cafe, personId: 'p-ben' } as const;
    expect(say({ ...marked, status: 'no-show', actualStart: null, actualEnd: null })).toBe(
      'Anna K. hat erfasst: Ben M. war nicht bei Café Mo 9–12.',
    );
    expect(say({ ...marked, status: 'stand-in', actualStart: null, actualEnd: null })).toBe(
      'Anna K. hat erfasst: Ben M. ist bei Café Mo 9–12 eingesprungen.',
    );
    expect(say({ ...marked, status: 'stand-in', actualStart: '09:30', actualEnd: null })).toBe(
      'Anna K. hat erfasst: Ben M. ist bei Café Mo 9–12 eingesprungen, ab 9:30.',
    );
    expect(say({ ...marked, status: 'present', actualStart: '09:00', actualEnd: '11:15' })).toBe(
      'Anna K. hat erfasst: Ben M. war bei Café Mo 9–12 von 9 bis 11:15 da.',
    );
    expect(say({ kind: 'attendance-cleared', shift: cafe, personId: 'p-ben' })).toBe(
      'Anna K. hat die Anwesenheit von Ben M. bei Café Mo 9–12 zurückgesetzt.',
    );
  });

  it('tells shifts, moves, stand-ins, days and the week’s status', () => {
    expect(say({ kind: 'shift-created', shift: cafe, needed: 2 })).toBe(
      'Anna K. hat die Schicht Café Mo 9–12 angelegt (2 Plätze).',
    );
    expect(say({ kind: 'shift-deleted', shift: cafe })).toBe('Anna K. hat die Schicht Café Mo 9–12 gelöscht.');
    expect(say({ kind: 'person-moved', from: cafe, shift: { ...cafe, date: '2026-11-24' }, personId: 'p-ben' })).toBe(
      'Anna K. hat Ben M. von Café Mo 9–12 nach Café Di 9–12 verschoben.',
    );
    expect(say({ kind: 'stand-in-asked', shift: cafe, personId: 'p-ben' })).toBe(
      'Ben M. sucht eine Vertretung für Café Mo 9–12.',
    );
    expect(say({ kind: 'stand-in-taken', shift: cafe, personId: 'p-carl', forPersonId: 'p-ben' })).toBe(
      'Carl D. übernimmt Café Mo 9–12 für Ben M.',
    );
    expect(say({ kind: 'day-closed', date: '2026-11-25', reason: 'Betriebsausflug' })).toBe(
      'Anna K. hat Mittwoch, 25.11. geschlossen: Betriebsausflug.',
    );
    expect(say({ kind: 'week-published', actor: null })).toBe('Schichtbrett hat die Woche veröffentlicht.');
    expect(say({ kind: 'week-reopened', reason: 'Stunden falsch' })).toBe(
      'Anna K. hat die abgeschlossene Woche wieder geöffnet: Stunden falsch.',
    );
  });

  it('names someone who is gone rather than showing an id', () => {
    expect(say({ kind: 'person-assigned', shift: cafe, personId: 'p-gone' })).toBe(
      'Anna K. hat (gelöschte Person) für Café Mo 9–12 eingetragen.',
    );
  });
});

describe('historyDays', () => {
  it('groups by the day in the center’s zone with local times', () => {
    const events = [
      { kind: 'week-published', at: '2026-11-26T23:30:00.000Z', actor: anna },
      { kind: 'week-unpublished', at: '2026-11-26T22:30:00.000Z', actor: anna },
    ] as HistoryEvent[];
    const days = historyDays(events, names, { locale: 'de-DE', timeZone: 'Europe/Berlin' });
    expect(days.map((day) => [day.label, day.lines.map((line) => line.time)])).toEqual([
      ['Freitag, 27.11.', ['00:30']],
      ['Donnerstag, 26.11.', ['23:30']],
    ]);
  });

  it('shortens times the way people say them', () => {
    expect([shortTime('09:00'), shortTime('09:30'), shortTime('14:00'), shortTime('00:15')]).toEqual([
      '9',
      '9:30',
      '14',
      '0:15',
    ]);
  });
});
