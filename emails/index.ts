export type { ReceiptProps } from './receipt';
export { type RenderedEmail, renderReceipt } from './render-receipt';
export { renderStaffLink } from './render-staff-link';
export type { StaffLinkProps } from './staff-link';
