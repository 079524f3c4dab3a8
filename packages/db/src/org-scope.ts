/**
 * The organisation a staff request is for, taken from the signed-in member's session. Every
 * repository a staff route calls builds its keys from this and nothing else, so another
 * organisation's campaign is simply not found.
 */
export type OrgScope = { readonly orgSlug: string };
