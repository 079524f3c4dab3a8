export type { CampaignUpdateEmailProps } from './campaign-update';
export type { ReceiptProps } from './receipt';
export { renderCampaignUpdate } from './render-campaign-update';
export { type RenderedEmail, renderReceipt } from './render-receipt';
export { renderStaffLink } from './render-staff-link';
export type { StaffLinkProps } from './staff-link';
