export type { CardFailedProps } from './card-failed';
export type { DonorLinkProps } from './donor-link';
export type { ReceiptProps } from './receipt';
export { renderCardFailed } from './render-card-failed';
export { renderDonorLink } from './render-donor-link';
export { type RenderedEmail, renderReceipt } from './render-receipt';
export { renderStaffLink } from './render-staff-link';
export type { StaffLinkProps } from './staff-link';
