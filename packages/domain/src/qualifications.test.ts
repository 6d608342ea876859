import { describe, expect, it } from 'vitest';
import {
  expiringWithin,
  heldQualificationsOf,
  missingQualifications,
  qualificationsValidOn,
  validityOf,
  type QualificationRecord,
} from './qualifications';

const fz = (certificateDate: string, result: 'ohne-eintrag' | 'mit-eintrag' = 'ohne-eintrag'): QualificationRecord => ({
  kind: 'fuehrungszeugnis',
  inspectedOn: '2026-01-15',
  certificateDate,
  result,
});
const hygiene = (date: string): QualificationRecord => ({ kind: 'hygiene', date });
const licence: QualificationRecord = { kind: 'fuehrerschein', inspectedOn: '2020-05-01' };

describe('validityOf', () => {
  it('counts a Führungszeugnis 5 years from its certificate date, not from the inspection', () => {
    expect(validityOf(fz('2021-03-10'))).toEqual({ kind: 'until', lastDay: '2026-03-09' });
  });

  it('lets the center set another number of years for the Führungszeugnis', () => {
    expect(validityOf(fz('2021-03-10'), { fuehrungszeugnisYears: 3 })).toEqual({
      kind: 'until',
      lastDay: '2024-03-09',
    });
  });

  it('never counts a Führungszeugnis with entries', () => {
    expect(validityOf(fz('2026-01-01', 'mit-eintrag'))).toEqual({ kind: 'never' });
  });

  it('asks for a new Hygienebelehrung after 2 years', () => {
    expect(validityOf(hygiene('2024-03-10'))).toEqual({ kind: 'until', lastDay: '2026-03-09' });
  });

  it('handles a Belehrung on 29 February', () => {
    expect(validityOf(hygiene('2024-02-29'))).toEqual({ kind: 'until', lastDay: '2026-02-28' });
  });

  it('never expires a Führerschein', () => {
    expect(validityOf(licence)).toEqual({ kind: 'no-expiry' });
  });

  it('refuses a malformed date instead of guessing', () => {
    expect(() => validityOf(hygiene('2024-02-30'))).toThrow(RangeError);
  });
});

describe('qualificationsValidOn', () => {
  const records = [fz('2021-03-10'), hygiene('2024-03-10'), licence];

  it('lists what counts on the last day and drops it the day after', () => {
    expect(qualificationsValidOn(records, '2026-03-09')).toEqual(['fuehrungszeugnis', 'hygiene', 'fuehrerschein']);
    expect(qualificationsValidOn(records, '2026-03-10')).toEqual(['fuehrerschein']);
  });

  it('takes the center rules into account', () => {
    expect(qualificationsValidOn([fz('2021-03-10')], '2027-01-01', { fuehrungszeugnisYears: 6 })).toEqual([
      'fuehrungszeugnis',
    ]);
  });

  it('lets a newer record renew an expired one', () => {
    expect(qualificationsValidOn([hygiene('2020-01-01'), hygiene('2026-01-01')], '2026-06-01')).toEqual(['hygiene']);
  });

  it('does not count a Führungszeugnis with entries', () => {
    expect(qualificationsValidOn([fz('2026-01-01', 'mit-eintrag')], '2026-02-01')).toEqual([]);
  });
});

describe('missingQualifications', () => {
  it('works on held qualifications derived from records', () => {
    const held = heldQualificationsOf([hygiene('2024-03-10'), fz('2025-01-01', 'mit-eintrag')]);
    expect(missingQualifications(['hygiene', 'fuehrungszeugnis'], held, '2026-03-09')).toEqual(['fuehrungszeugnis']);
    expect(missingQualifications(['hygiene'], held, '2026-03-10')).toEqual(['hygiene']);
  });
});

describe('expiringWithin', () => {
  it('lists what stops counting within 8 weeks, soonest first', () => {
    const records = [fz('2021-03-20'), hygiene('2024-03-10'), licence, fz('2019-01-01')];
    expect(expiringWithin(records, '2026-02-01')).toEqual([
      { kind: 'hygiene', lastDay: '2026-03-09' },
      { kind: 'fuehrungszeugnis', lastDay: '2026-03-19' },
    ]);
  });

  it('uses the window given and its edge: the first day not counting must lie inside it', () => {
    // 8 weeks after 2026-01-12 is 2026-03-09; the Belehrung stops counting on 2026-03-10.
    expect(expiringWithin([hygiene('2024-03-10')], '2026-01-12')).toEqual([]);
    expect(expiringWithin([hygiene('2024-03-10')], '2026-01-13')).toEqual([{ kind: 'hygiene', lastDay: '2026-03-09' }]);
    expect(expiringWithin([hygiene('2024-03-10')], '2026-02-24', 1)).toEqual([]);
  });

  it('leaves out what is already expired, renewed, or never qualified', () => {
    expect(expiringWithin([hygiene('2024-01-01')], '2026-02-01')).toEqual([]);
    expect(expiringWithin([hygiene('2024-03-10'), hygiene('2026-01-20')], '2026-02-01')).toEqual([]);
    expect(expiringWithin([fz('2021-03-10', 'mit-eintrag')], '2026-02-01')).toEqual([]);
  });

  it('uses the center rules', () => {
    expect(expiringWithin([fz('2023-03-10')], '2026-02-01', 8, { fuehrungszeugnisYears: 3 })).toEqual([
      { kind: 'fuehrungszeugnis', lastDay: '2026-03-09' },
    ]);
  });
});
