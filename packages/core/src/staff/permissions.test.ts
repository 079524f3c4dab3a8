import { describe, expect, it } from 'vitest';
import { Action, can } from './permissions';
import { ROLES } from './role';

const allowed = (action: Action) => ROLES.filter((role) => can(role, action));

describe('the permission table', () => {
  it('lets only owners manage members, edit settings and read the audit log', () => {
    for (const action of ['members.manage', 'org.settings.edit', 'audit.read'] as const) {
      expect(allowed(action)).toEqual(['owner']);
    }
  });

  it('lets owners and fundraisers edit and publish campaigns, not finance or viewers', () => {
    expect(allowed('campaigns.edit')).toEqual(['owner', 'fundraiser']);
    expect(allowed('campaigns.publish')).toEqual(['owner', 'fundraiser']);
  });

  it('shows money to owners and finance, and anonymous donors names to finance alone', () => {
    expect(allowed('finance.view')).toEqual(['owner', 'finance']);
    expect(allowed('donors.seeNames')).toEqual(['finance']);
  });

  it('gives every role its dashboard and its own security page', () => {
    expect(allowed('dashboard.view')).toEqual(ROLES);
    expect(allowed('security.self')).toEqual(ROLES);
  });

  it('gives a viewer nothing that changes data', () => {
    const viewerActions = Action.options.filter((action) => can('viewer', action));
    expect(viewerActions.every((a) => /\.(view|self)$/.test(a))).toBe(true);
  });
});
