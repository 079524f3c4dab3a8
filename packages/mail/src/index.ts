export { MailSendError } from './mail-send-error';
export type { Mailer, OutgoingBatch, OutgoingEmail } from './mailer';
export { createResendMailer, type ResendMailerOptions } from './resend-mailer';
