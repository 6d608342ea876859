import { describe, expect, it } from 'vitest';
import { landingOf, type LandingInput } from './landing';

const base: LandingInput = { role: 'volunteer', boardWeek: '2026-W49', gapsWeek: '2026-W50', myShiftsAhead: 0 };

describe('landingOf', () => {
  it('opens the board of the week to plan for a coordinator', () => {
    expect(landingOf({ ...base, role: 'coordinator', myShiftsAhead: 3 })).toEqual({ page: 'board', week: '2026-W49' });
  });

  it('opens the gaps of the coming days for a team lead', () => {
    expect(landingOf({ ...base, role: 'team-lead' })).toEqual({ page: 'gaps', week: '2026-W50' });
  });

  it('opens "Meine Schichten" for a volunteer with shifts ahead', () => {
    expect(landingOf({ ...base, myShiftsAhead: 1 })).toEqual({ page: 'mine' });
  });

  it('opens "Offene Schichten" for a volunteer with nothing ahead', () => {
    expect(landingOf(base)).toEqual({ page: 'open' });
  });
});
