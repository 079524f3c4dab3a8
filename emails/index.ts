export type { ReceiptProps } from './receipt';
export type { RefundProps } from './refund';
export { type RenderedEmail, renderReceipt } from './render-receipt';
export { renderRefund } from './render-refund';
export { renderStaffLink } from './render-staff-link';
export type { StaffLinkProps } from './staff-link';
