import { describe, expect, it } from 'vitest';
import { emptyShiftForm, placeProblems, readShiftForm } from './shift-form';

const base = { ...emptyShiftForm({ areaId: 'cafe', date: '2026-11-23' }) };

describe('readShiftForm', () => {
  it('turns the typed text into a shift input', () => {
    const read = readShiftForm({ ...base, start: '8.30', end: '12', needed: ' 3 ', notes: '  Kuchen  ' });
    expect(read).toEqual({
      ok: true,
      input: { areaId: 'cafe', date: '2026-11-23', start: '08:30', end: '12:00', needed: 3, notes: 'Kuchen' },
    });
  });

  it('refuses a needed count that is no number at all', () => {
    expect(readShiftForm({ ...base, needed: 'viele' })).toEqual({ ok: false, problems: { needed: ['needed-range'] } });
    expect(readShiftForm({ ...base, needed: '' })).toEqual({ ok: false, problems: { needed: ['needed-range'] } });
  });

  it('leaves range checks to the domain', () => {
    const read = readShiftForm({ ...base, needed: '0' });
    expect(read.ok && read.input.needed).toBe(0);
  });
});

describe('placeProblems', () => {
  it('puts each problem next to its field', () => {
    expect(placeProblems(['area-required', 'start-format', 'end-format', 'needed-range', 'date-outside-week'])).toEqual(
      {
        areaId: ['area-required'],
        start: ['start-format'],
        end: ['end-format'],
        needed: ['needed-range'],
        date: ['date-outside-week'],
      },
    );
  });

  it('marks the end when it lies before the start, and unknown problems on the form', () => {
    expect(placeProblems(['end-before-start', 'invalid'])).toEqual({
      end: ['end-before-start'],
      form: ['invalid'],
    });
  });
});
