import * as z from 'zod';

/** What a member is to their organisation; each grants the actions in `permissions.ts`. */
export const Role = z.enum(['owner', 'fundraiser', 'finance', 'viewer']);
export type Role = z.infer<typeof Role>;
export const ROLES = Role.options;
