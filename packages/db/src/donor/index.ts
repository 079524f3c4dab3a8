export * from './donor-gifts';
export * from './donor-index';
export * from './donor-link-repo';
export * from './donor-session-repo';
export * from './email-opt-out-repo';
export * from './erasure-repo';
