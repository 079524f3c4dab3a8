export type { ReceiptProps } from './receipt';
export { type RenderedEmail, renderReceipt } from './render-receipt';
