import { describe, expect, it } from 'vitest';
import type { ClaimInput, GiveBackInput } from './claim-rules';
import type { QualificationRecord } from './qualifications';
import type { Shift } from './shift';
import { decideAskStandIn, decideTakeOver, isSeekingStandIn, standInOffersFor } from './stand-in-rules';

const TZ = 'Europe/Berlin';

// Monday 09:00 in Berlin = 08:00 UTC; the default cut-off (48 h) falls on Saturday 08:00 UTC.
const base: Shift = {
  id: 's1',
  areaId: 'cafe',
  date: '2026-11-23',
  start: '09:00',
  end: '12:00',
  needed: 2,
  notes: '',
  assigned: ['anna', 'bert'],
};
const shift = (patch: Partial<Shift>): Shift => ({ ...base, ...patch });
const seeking = shift({ standIn: [{ personId: 'anna', since: 1 }] });
const hygiene: QualificationRecord = { kind: 'hygiene', date: '2025-06-01' };

const beforeCutOff = new Date('2026-11-21T07:59:00Z');
const afterCutOff = new Date('2026-11-21T08:00:00Z');
const started = new Date('2026-11-23T08:00:00Z');

const ask = (patch: Partial<GiveBackInput>): GiveBackInput => ({
  personId: 'anna',
  shift: base,
  weekState: 'published',
  timeZone: TZ,
  now: afterCutOff,
  ...patch,
});

const takeOver = (patch: Partial<ClaimInput>): ClaimInput => ({
  personId: 'carla',
  shift: seeking,
  weekState: 'published',
  ownShifts: [],
  requiredQualifications: ['hygiene'],
  qualifications: [hygiene],
  absences: [],
  timeZone: TZ,
  now: afterCutOff,
  ...patch,
});

describe('decideAskStandIn', () => {
  it('allows an assigned person from the cut-off until the shift starts', () => {
    expect(decideAskStandIn(ask({}))).toEqual({ ok: true });
    expect(decideAskStandIn(ask({ now: new Date(started.getTime() - 1) }))).toEqual({ ok: true });
  });

  it('refuses before the cut-off, where giving back is the way', () => {
    expect(decideAskStandIn(ask({ now: beforeCutOff }))).toEqual({ ok: false, reason: 'before-cut-off' });
  });

  it('follows the center’s own cut-off', () => {
    const early = ask({ now: new Date('2026-11-20T08:00:00Z'), rules: { giveBackCutoffHours: 72 } });
    expect(decideAskStandIn(early)).toEqual({ ok: true });
  });

  it('refuses once the shift has started', () => {
    expect(decideAskStandIn(ask({ now: started }))).toEqual({ ok: false, reason: 'started' });
  });

  it.each([
    ['a finalized week', { weekState: 'finalized' as const }, 'finalized'],
    ['a draft week', { weekState: 'draft' as const }, 'not-published'],
    ['a called-off shift', { shift: shift({ cancelled: 'Betriebsausflug' }) }, 'cancelled'],
    ['someone not on the shift', { personId: 'carla' }, 'not-assigned'],
    ['a second request', { shift: seeking }, 'already-seeking'],
  ])('refuses %s', (_name, patch: Partial<GiveBackInput>, reason) => {
    expect(decideAskStandIn(ask(patch))).toEqual({ ok: false, reason });
  });
});

describe('decideTakeOver', () => {
  it('lets a qualified other take over the place of the asker, full shift or not', () => {
    expect(decideTakeOver(takeOver({}))).toEqual({ ok: true, askerId: 'anna' });
    expect(decideTakeOver(takeOver({ shift: { ...seeking, needed: 1 } }))).toEqual({ ok: true, askerId: 'anna' });
  });

  it('replaces the longest-waiting asker', () => {
    const two = shift({
      standIn: [
        { personId: 'bert', since: 1 },
        { personId: 'anna', since: 2 },
      ],
    });
    expect(decideTakeOver(takeOver({ shift: two }))).toEqual({ ok: true, askerId: 'bert' });
  });

  it('refuses when nobody looks for a stand-in', () => {
    expect(decideTakeOver(takeOver({ shift: base }))).toEqual({ ok: false, reason: 'no-request' });
  });

  it('refuses the asker and anyone else already on the shift', () => {
    expect(decideTakeOver(takeOver({ personId: 'anna' }))).toEqual({ ok: false, reason: 'already-assigned' });
    expect(decideTakeOver(takeOver({ personId: 'bert' }))).toEqual({ ok: false, reason: 'already-assigned' });
  });

  it.each([
    ['without the required Nachweis', { qualifications: [] }, 'not-qualified'],
    ['while absent', { absences: [{ personId: 'carla', from: '2026-11-23', to: '2026-11-23' }] }, 'absent'],
    [
      'with an overlapping shift',
      { ownShifts: [{ ...base, id: 's2', start: '11:00', end: '13:00', assigned: ['carla'] }] },
      'overlap',
    ],
    ['once the shift has started', { now: started }, 'cut-off'],
    ['in a finalized week', { weekState: 'finalized' as const }, 'finalized'],
    ['in a draft week', { weekState: 'draft' as const }, 'not-published'],
    ['on a called-off shift', { shift: { ...seeking, cancelled: 'zu' } }, 'cancelled'],
  ])('refuses a taker %s', (_name, patch: Partial<ClaimInput>, reason) => {
    expect(decideTakeOver(takeOver(patch))).toEqual({ ok: false, reason });
  });
});

describe('standInOffersFor', () => {
  const context = {
    weekStateOf: () => 'published' as const,
    requiredQualificationsOf: () => ['hygiene' as const],
    timeZone: TZ,
    now: afterCutOff,
  };
  const carla = { personId: 'carla', qualifications: [hygiene], absences: [] };

  it('lists the places others look for a stand-in for, soonest first', () => {
    const later = { ...seeking, id: 's3', date: '2026-11-24' };
    const offers = standInOffersFor(carla, [later, base, seeking], context);
    expect(offers.map((offer) => [offer.shift.id, offer.askerId])).toEqual([
      ['s1', 'anna'],
      ['s3', 'anna'],
    ]);
  });

  it('leaves out what the person could not take, their own requests included', () => {
    const clash = { ...base, id: 's2', assigned: ['carla'] };
    expect(standInOffersFor(carla, [seeking, clash], context)).toEqual([]);
    expect(standInOffersFor({ ...carla, personId: 'anna' }, [seeking], context)).toEqual([]);
  });
});

describe('isSeekingStandIn', () => {
  it('says whether the person is among the askers', () => {
    expect(isSeekingStandIn(seeking, 'anna')).toBe(true);
    expect(isSeekingStandIn(seeking, 'bert')).toBe(false);
    expect(isSeekingStandIn(base, 'anna')).toBe(false);
  });
});
