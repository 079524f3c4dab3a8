import { randomUUID } from 'node:crypto';
import { ConflictError, INVITE_LINK_TTL_MS, Invitation, Role } from '@haven/core';
import {
  changeMemberRole,
  getMember,
  inviteMember,
  listMembers,
  newStaffLink,
  removeMember,
} from '@haven/db';
import { type Context, Hono } from 'hono';
import * as z from 'zod';
import { staffMessagesFor } from '../../i18n/staff';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { MembersPage } from '../pages/members-page';

const Done = z.enum(['invited', 'changed', 'removed']).optional().catch(undefined);

export function memberRoutes() {
  const app = new Hono<StaffEnv>();

  const show = async (
    c: Context<StaffEnv>,
    notice?: { kind: 'done' | 'error'; text: string },
    status: 200 | 409 | 422 = 200,
  ) => {
    const who = staffContextOf(c);
    const members = await listMembers(c.var.staffDeps.db, c.var.staff.scope);
    return c.html(
      <MembersPage who={who} members={members} me={c.var.member} notice={notice} />,
      status,
    );
  };

  app.get('/members', requireStaff('members.view'), (c) => {
    const done = Done.parse(c.req.query('done'));
    const t = staffMessagesFor(c.var.member.locale).members;
    const text =
      done && { invited: t.invitedDone, changed: t.changedDone, removed: t.removedDone }[done];
    return show(c, text ? { kind: 'done', text } : undefined);
  });

  app.post('/members', requireStaff('members.manage'), async (c) => {
    const deps = c.var.staffDeps;
    const t = staffMessagesFor(c.var.member.locale).members;
    const invitation = Invitation.safeParse(await c.req.parseBody());
    if (!invitation.success) return show(c, { kind: 'error', text: t.invalidInvite }, 422);
    const now = deps.now();
    const link = newStaffLink({
      orgSlug: c.var.member.orgSlug,
      memberId: randomUUID(),
      purpose: 'invite',
      validForMs: INVITE_LINK_TTL_MS,
      now,
    });
    try {
      await inviteMember(deps.db, c.var.staff.scope, invitation.data, link, now);
    } catch (error) {
      if (error instanceof ConflictError)
        return show(c, { kind: 'error', text: t.alreadyMember }, 409);
      throw error;
    }
    return c.redirect('/staff/members?done=invited', 303);
  });

  // The member is looked up in the session's organisation before the body is read: another
  // organisation's id is a 404 whatever was posted.
  app.post('/members/:memberId/role', requireStaff('members.manage'), async (c) => {
    const deps = c.var.staffDeps;
    const scope = c.var.staff.scope;
    const member = await getMember(deps.db, scope, c.req.param('memberId'));
    const role = Role.safeParse((await c.req.parseBody()).role);
    const t = staffMessagesFor(c.var.member.locale).members;
    if (!role.success) return show(c, { kind: 'error', text: t.role }, 422);
    try {
      await changeMemberRole(deps.db, scope, member.memberId, role.data, deps.now());
    } catch (error) {
      if (error instanceof ConflictError) return show(c, { kind: 'error', text: t.lastOwner }, 409);
      throw error;
    }
    return c.redirect('/staff/members?done=changed', 303);
  });

  app.post('/members/:memberId/remove', requireStaff('members.manage'), async (c) => {
    const deps = c.var.staffDeps;
    const scope = c.var.staff.scope;
    const member = await getMember(deps.db, scope, c.req.param('memberId'));
    const t = staffMessagesFor(c.var.member.locale).members;
    try {
      await removeMember(deps.db, scope, member.memberId, deps.now());
    } catch (error) {
      if (error instanceof ConflictError) return show(c, { kind: 'error', text: t.lastOwner }, 409);
      throw error;
    }
    return c.redirect('/staff/members?done=removed', 303);
  });

  return app;
}
