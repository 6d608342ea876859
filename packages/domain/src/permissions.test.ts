import { describe, expect, it } from 'vitest';
import { contactVisibleTo, mayTouchShifts, membershipIn, weekAccessOf, type Membership } from './permissions';

const lead: Membership = {
  center: 'demo',
  personId: 'p1',
  role: 'team-lead',
  areaIds: ['cafe'],
  displayName: 'Ben M.',
};

describe('permissions', () => {
  it('gives each role its access to a week', () => {
    expect(weekAccessOf({ ...lead, role: 'coordinator' })).toEqual({ kind: 'write-all' });
    expect(weekAccessOf(lead)).toEqual({ kind: 'write-areas', areaIds: ['cafe'] });
    expect(weekAccessOf({ ...lead, role: 'volunteer' })).toEqual({ kind: 'read' });
  });

  it('lets a team lead touch only shifts of own areas, both ends of a move included', () => {
    const access = weekAccessOf(lead);
    expect(mayTouchShifts(access, [{ shiftId: 's', areaBefore: null, areaAfter: 'cafe' }])).toBe(true);
    expect(mayTouchShifts(access, [{ shiftId: 's', areaBefore: 'cafe', areaAfter: 'cafe' }])).toBe(true);
    expect(mayTouchShifts(access, [{ shiftId: 's', areaBefore: 'cafe', areaAfter: null }])).toBe(true);
    expect(mayTouchShifts(access, [{ shiftId: 's', areaBefore: 'kinder', areaAfter: 'kinder' }])).toBe(false);
    expect(mayTouchShifts(access, [{ shiftId: 's', areaBefore: 'cafe', areaAfter: 'kinder' }])).toBe(false);
    expect(mayTouchShifts(access, [{ shiftId: 's', areaBefore: 'kinder', areaAfter: 'cafe' }])).toBe(false);
    expect(mayTouchShifts(access, [{ shiftId: 's', areaBefore: null, areaAfter: 'kinder' }])).toBe(false);
  });

  it('lets volunteers change nothing and coordinators everything', () => {
    const touched = [{ shiftId: 's', areaBefore: 'x', areaAfter: 'y' }];
    expect(mayTouchShifts({ kind: 'read' }, touched)).toBe(false);
    expect(mayTouchShifts({ kind: 'read' }, [])).toBe(true);
    expect(mayTouchShifts({ kind: 'write-all' }, touched)).toBe(true);
  });

  it('finds the membership of a center', () => {
    const principal = { userId: 'u', email: 'a@b.test', memberships: [lead] };
    expect(membershipIn(principal, 'demo')).toBe(lead);
    expect(membershipIn(principal, 'other')).toBeNull();
    expect(membershipIn(null, 'demo')).toBeNull();
  });

  it('shows contact data to coordinators and to the team leads of the areas a person is a regular in', () => {
    const cafeRegular = { regularAreaIds: ['cafe'] };
    const kinderRegular = { regularAreaIds: ['kinder'] };
    expect(contactVisibleTo({ ...lead, role: 'coordinator', areaIds: [] }, kinderRegular)).toBe(true);
    expect(contactVisibleTo(lead, cafeRegular)).toBe(true);
    expect(contactVisibleTo(lead, kinderRegular)).toBe(false);
    expect(contactVisibleTo(lead, { regularAreaIds: [] })).toBe(false);
    expect(contactVisibleTo({ ...lead, role: 'volunteer', areaIds: [] }, cafeRegular)).toBe(false);
  });
});
