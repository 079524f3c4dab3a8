export type { CardFailedProps } from './card-failed';
export type { ReceiptProps } from './receipt';
export { renderCardFailed } from './render-card-failed';
export { type RenderedEmail, renderReceipt } from './render-receipt';
export { renderStaffLink } from './render-staff-link';
export type { StaffLinkProps } from './staff-link';
