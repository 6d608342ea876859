import { describe, expect, it } from 'vitest';
import {
  decideClaim,
  decideGiveBack,
  giveBackCutoffOf,
  openShiftsFor,
  shiftsPastGiveBackCutoff,
  type ClaimInput,
  type GiveBackInput,
  type OpenShiftsContext,
} from './claim-rules';
import type { QualificationRecord } from './qualifications';
import type { Shift } from './shift';

const TZ = 'Europe/Berlin';

const base: Shift = {
  id: 's1',
  areaId: 'cafe',
  date: '2026-11-23',
  start: '09:00',
  end: '12:00',
  needed: 2,
  notes: '',
  assigned: ['other'],
};
const shift = (patch: Partial<Shift>): Shift => ({ ...base, ...patch });
const hygiene: QualificationRecord = { kind: 'hygiene', date: '2025-06-01' };

// Thursday before the shift, 10:00 in Berlin (CET, UTC+1).
const before = new Date('2026-11-19T09:00:00Z');

const claim = (patch: Partial<ClaimInput>): ClaimInput => ({
  personId: 'p1',
  shift: base,
  weekState: 'published',
  ownShifts: [],
  requiredQualifications: ['hygiene'],
  qualifications: [hygiene],
  absences: [],
  timeZone: TZ,
  now: before,
  ...patch,
});

describe('decideClaim', () => {
  it('accepts a free place in a published week for a qualified, free person', () => {
    expect(decideClaim(claim({}))).toEqual({ ok: true });
  });

  it('refuses in a finalized week', () => {
    expect(decideClaim(claim({ weekState: 'finalized' }))).toEqual({ ok: false, reason: 'finalized' });
  });

  it('refuses in a draft week', () => {
    expect(decideClaim(claim({ weekState: 'draft' }))).toEqual({ ok: false, reason: 'not-published' });
  });

  it('refuses a called-off shift', () => {
    expect(decideClaim(claim({ shift: shift({ cancelled: 'Betriebsausflug' }) }))).toEqual({
      ok: false,
      reason: 'cancelled',
    });
  });

  it('refuses a shift the person already has', () => {
    expect(decideClaim(claim({ shift: shift({ assigned: ['p1'] }) }))).toEqual({
      ok: false,
      reason: 'already-assigned',
    });
  });

  it('refuses a full shift, and an over-staffed one', () => {
    expect(decideClaim(claim({ shift: shift({ assigned: ['a', 'b'] }) }))).toEqual({ ok: false, reason: 'full' });
    expect(decideClaim(claim({ shift: shift({ needed: 1, assigned: ['a', 'b'] }) }))).toEqual({
      ok: false,
      reason: 'full',
    });
  });

  it('opens a place held by someone away that day to others', () => {
    const karinAway = [{ personId: 'karin', from: '2026-11-23', to: '2026-11-27', reason: 'Urlaub' }];
    const held = shift({ assigned: ['karin', 'b'] });
    expect(decideClaim(claim({ shift: held }))).toEqual({ ok: false, reason: 'full' });
    expect(decideClaim(claim({ shift: held, absences: karinAway }))).toEqual({ ok: true });
  });

  it('refuses when the person is absent that day', () => {
    const absences = [{ personId: 'p1', from: '2026-11-23', to: '2026-11-27', reason: 'Urlaub' }];
    expect(decideClaim(claim({ absences }))).toEqual({ ok: false, reason: 'absent' });
    const othersAbsence = [{ personId: 'p2', from: '2026-11-23', to: '2026-11-27' }];
    expect(decideClaim(claim({ absences: othersAbsence }))).toEqual({ ok: true });
  });

  it('refuses without a qualification the area requires', () => {
    expect(decideClaim(claim({ qualifications: [] }))).toEqual({ ok: false, reason: 'not-qualified' });
    expect(decideClaim(claim({ qualifications: [], requiredQualifications: [] }))).toEqual({ ok: true });
  });

  it('refuses when the qualification has expired by the shift’s date', () => {
    // Belehrung of 2024-11-23 counts up to 2026-11-22, the day before the shift.
    const expired: QualificationRecord = { kind: 'hygiene', date: '2024-11-23' };
    expect(decideClaim(claim({ qualifications: [expired] }))).toEqual({ ok: false, reason: 'not-qualified' });
    const stillValid: QualificationRecord = { kind: 'hygiene', date: '2024-11-24' };
    expect(decideClaim(claim({ qualifications: [stillValid] }))).toEqual({ ok: true });
  });

  it('refuses a Führungszeugnis with entries, and honours the center’s number of years', () => {
    const required = { requiredQualifications: ['fuehrungszeugnis' as const] };
    const withEntries: QualificationRecord = {
      kind: 'fuehrungszeugnis',
      inspectedOn: '2026-01-10',
      certificateDate: '2026-01-02',
      result: 'mit-eintrag',
    };
    expect(decideClaim(claim({ ...required, qualifications: [withEntries] }))).toEqual({
      ok: false,
      reason: 'not-qualified',
    });
    const old: QualificationRecord = { ...withEntries, certificateDate: '2022-01-02', result: 'ohne-eintrag' };
    expect(decideClaim(claim({ ...required, qualifications: [old] }))).toEqual({ ok: true });
    expect(decideClaim(claim({ ...required, qualifications: [old], rules: { fuehrungszeugnisYears: 3 } }))).toEqual({
      ok: false,
      reason: 'not-qualified',
    });
  });

  it('refuses a shift overlapping one of the person’s own', () => {
    const own = shift({ id: 's2', areaId: 'mittag', start: '11:30', end: '14:00', assigned: ['p1'] });
    expect(decideClaim(claim({ ownShifts: [own] }))).toEqual({ ok: false, reason: 'overlap' });
  });

  it('ignores back-to-back, other days, called-off and other people’s shifts for overlap', () => {
    const ownShifts = [
      shift({ id: 's2', start: '12:00', end: '14:00', assigned: ['p1'] }),
      shift({ id: 's3', date: '2026-11-24', assigned: ['p1'] }),
      shift({ id: 's4', start: '10:00', end: '11:00', assigned: ['p1'], cancelled: 'zu' }),
      shift({ id: 's5', start: '10:00', end: '11:00', assigned: ['p2'] }),
    ];
    expect(decideClaim(claim({ ownShifts }))).toEqual({ ok: true });
  });

  it('refuses a shift that has started, up to the minute', () => {
    // 09:00 CET is 08:00 UTC.
    expect(decideClaim(claim({ now: new Date('2026-11-23T07:59:00Z') }))).toEqual({ ok: true });
    expect(decideClaim(claim({ now: new Date('2026-11-23T08:00:00Z') }))).toEqual({ ok: false, reason: 'cut-off' });
  });

  it('checks in the documented order', () => {
    const everythingWrong = claim({
      shift: shift({ assigned: ['a', 'b'] }),
      qualifications: [],
      absences: [{ personId: 'p1', from: '2026-11-23', to: '2026-11-23' }],
      ownShifts: [shift({ id: 's2', assigned: ['p1'] })],
      now: new Date('2026-11-23T10:00:00Z'),
    });
    expect(decideClaim({ ...everythingWrong, weekState: 'finalized' })).toMatchObject({ reason: 'finalized' });
    expect(decideClaim({ ...everythingWrong, weekState: 'draft' })).toMatchObject({ reason: 'not-published' });
    expect(decideClaim({ ...everythingWrong, shift: shift({ assigned: ['p1'], cancelled: 'zu' }) })).toMatchObject({
      reason: 'cancelled',
    });
    expect(decideClaim({ ...everythingWrong, shift: shift({ assigned: ['p1', 'b'] }) })).toMatchObject({
      reason: 'already-assigned',
    });
    expect(decideClaim(everythingWrong)).toMatchObject({ reason: 'full' });
    const free = { ...everythingWrong, shift: base };
    expect(decideClaim(free)).toMatchObject({ reason: 'absent' });
    expect(decideClaim({ ...free, absences: [] })).toMatchObject({ reason: 'not-qualified' });
    expect(decideClaim({ ...free, absences: [], qualifications: [hygiene] })).toMatchObject({ reason: 'overlap' });
    expect(decideClaim({ ...free, absences: [], qualifications: [hygiene], ownShifts: [] })).toMatchObject({
      reason: 'cut-off',
    });
  });
});

const giveBack = (patch: Partial<GiveBackInput>): GiveBackInput => ({
  personId: 'p1',
  shift: shift({ assigned: ['p1'] }),
  weekState: 'published',
  timeZone: TZ,
  now: before,
  ...patch,
});

describe('decideGiveBack', () => {
  it('lets a person give back their shift before the cut-off', () => {
    expect(decideGiveBack(giveBack({}))).toEqual({ ok: true });
  });

  it('refuses in a finalized week', () => {
    expect(decideGiveBack(giveBack({ weekState: 'finalized' }))).toEqual({ ok: false, reason: 'finalized' });
  });

  it('refuses a shift the person does not have', () => {
    expect(decideGiveBack(giveBack({ shift: base }))).toEqual({ ok: false, reason: 'not-assigned' });
  });

  it('refuses a called-off shift: nobody comes, so there is nothing to give back (issue 13)', () => {
    const calledOff = shift({ assigned: ['p1'], cancelled: 'Wasserschaden' });
    expect(decideGiveBack(giveBack({ shift: calledOff }))).toEqual({ ok: false, reason: 'cancelled' });
  });

  it('refuses from 48 hours before the start', () => {
    // Start 2026-11-23 08:00 UTC; 48 h before is 2026-11-21 08:00 UTC.
    expect(decideGiveBack(giveBack({ now: new Date('2026-11-21T07:59:00Z') }))).toEqual({ ok: true });
    expect(decideGiveBack(giveBack({ now: new Date('2026-11-21T08:00:00Z') }))).toEqual({
      ok: false,
      reason: 'cut-off',
    });
  });

  it('uses the center’s cut-off in hours', () => {
    const now = new Date('2026-11-22T08:00:00Z');
    expect(decideGiveBack(giveBack({ now }))).toEqual({ ok: false, reason: 'cut-off' });
    expect(decideGiveBack(giveBack({ now, rules: { giveBackCutoffHours: 12 } }))).toEqual({ ok: true });
  });

  it('counts real hours across the change to summer time', () => {
    // Clocks go forward on 2026-03-29. A shift Monday 2026-03-30 09:00 CEST starts at 07:00 UTC, so the
    // cut-off is Saturday 07:00 UTC = 08:00 CET, not 09:00 on the wall clock.
    const spring = shift({ date: '2026-03-30', assigned: ['p1'] });
    expect(giveBackCutoffOf(spring, TZ)).toEqual(new Date('2026-03-28T07:00:00Z'));
    expect(decideGiveBack(giveBack({ shift: spring, now: new Date('2026-03-28T07:30:00Z') }))).toEqual({
      ok: false,
      reason: 'cut-off',
    });
  });
});

describe('shiftsPastGiveBackCutoff', () => {
  // Monday's shift starts 2026-11-23 08:00 UTC; its cut-off is Saturday 08:00 UTC.
  const saturdayNoon = new Date('2026-11-21T11:00:00Z');
  const context = { timeZone: TZ, now: saturdayNoon };

  it('names the shifts whose people could no longer give them back if published now (issue 13)', () => {
    const monday = shift({ id: 'mon', assigned: ['p1'] });
    const thursday = shift({ id: 'thu', date: '2026-11-26', assigned: ['p1'] });
    expect(shiftsPastGiveBackCutoff([monday, thursday], context).map((s) => s.id)).toEqual(['mon']);
  });

  it('leaves out empty, called-off and already begun shifts, and follows the center’s cut-off', () => {
    const empty = shift({ id: 'empty', assigned: [] });
    const calledOff = shift({ id: 'off', cancelled: 'Wasserschaden' });
    const begun = shift({ id: 'begun', date: '2026-11-21', start: '08:00', end: '14:00' });
    expect(shiftsPastGiveBackCutoff([empty, calledOff, begun], context)).toEqual([]);
    expect(shiftsPastGiveBackCutoff([base], { ...context, rules: { giveBackCutoffHours: 12 } })).toEqual([]);
  });
});

describe('openShiftsFor', () => {
  const person = { personId: 'p1', qualifications: [hygiene], absences: [] };
  const context: OpenShiftsContext = {
    weekStateOf: (s) => (s.date < '2026-11-30' ? 'published' : 'draft'),
    requiredQualificationsOf: (areaId) => (areaId === 'cafe' ? ['hygiene'] : []),
    timeZone: TZ,
    now: before,
  };

  it('lists only places the person may take, soonest first, with free places', () => {
    const shifts = [
      shift({ id: 'later', date: '2026-11-25' }),
      shift({ id: 'soon', date: '2026-11-24', needed: 3 }),
      shift({ id: 'full', assigned: ['a', 'b'] }),
      shift({ id: 'draft', date: '2026-11-30' }),
      shift({ id: 'own', date: '2026-11-26', assigned: ['p1'] }),
      shift({ id: 'clash', date: '2026-11-26', start: '10:00', end: '11:00' }),
      shift({ id: 'cancelled', cancelled: 'zu' }),
      shift({ id: 'started', date: '2026-11-19', start: '09:00', end: '12:00' }),
    ];
    expect(openShiftsFor(person, shifts, context).map((o) => [o.shift.id, o.openPlaces])).toEqual([
      ['soon', 2],
      ['later', 1],
    ]);
  });

  it('leaves out what needs a qualification the person lacks, and days they are away', () => {
    const shifts = [shift({ id: 'kitchen' }), shift({ id: 'garden', areaId: 'garten', date: '2026-11-24' })];
    expect(openShiftsFor({ ...person, qualifications: [] }, shifts, context).map((o) => o.shift.id)).toEqual([
      'garden',
    ]);
    const away = { ...person, absences: [{ personId: 'p1', from: '2026-11-24', to: '2026-11-24' }] };
    expect(openShiftsFor(away, shifts, context).map((o) => o.shift.id)).toEqual(['kitchen']);
  });

  it('offers the place of someone away that day', () => {
    const shifts = [shift({ id: 'karins', assigned: ['karin', 'b'] })];
    expect(openShiftsFor(person, shifts, context)).toEqual([]);
    const absences = [{ personId: 'karin', from: '2026-11-23', to: '2026-11-23' }];
    expect(openShiftsFor(person, shifts, { ...context, absences }).map((o) => [o.shift.id, o.openPlaces])).toEqual([
      ['karins', 1],
    ]);
  });
});
