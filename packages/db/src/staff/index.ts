export * from './audit-repo';
export * from './member-changes';
export * from './member-repo';
export * from './org-settings-repo';
export * from './passkey-repo';
export * from './session-repo';
export * from './staff-link-repo';
export * from './transact';
