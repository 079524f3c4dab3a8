import { describe, expect, it } from 'vitest';
import { ConflictError } from '../errors';
import { checkInvitation, checkRemoval, checkRoleChange, Invitation, type Member } from './member';

const member = (memberId: string, role: Member['role']): Member => ({
  orgSlug: 'mpm',
  memberId,
  email: `${memberId}@mpm.example.org`,
  role,
  locale: 'fr',
  status: 'active',
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('membership rules', () => {
  const team = [member('owner-one', 'owner'), member('fundraiser', 'fundraiser')];

  it('refuse to demote or remove the last owner', () => {
    expect(() => checkRoleChange(team, 'owner-one', 'viewer')).toThrow(ConflictError);
    expect(() => checkRemoval(team, 'owner-one')).toThrow(ConflictError);
  });

  it('let an owner go once another owner remains', () => {
    const two = [...team, member('owner-two', 'owner')];
    expect(checkRoleChange(two, 'owner-one', 'viewer').memberId).toBe('owner-one');
    expect(checkRemoval(two, 'owner-one').memberId).toBe('owner-one');
  });

  it('change and remove other members freely', () => {
    expect(checkRoleChange(team, 'fundraiser', 'finance').role).toBe('fundraiser');
    expect(checkRemoval(team, 'fundraiser').memberId).toBe('fundraiser');
  });

  it('refuse a second invitation for an address already in the team, whatever its case', () => {
    const invitation = Invitation.parse({
      email: ' Fundraiser@MPM.example.org ',
      role: 'viewer',
      locale: 'en',
    });
    expect(() => checkInvitation(team, invitation)).toThrow(ConflictError);
  });
});
