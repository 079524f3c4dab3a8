export { MailSendError } from './mail-send-error';
export type { Mailer, OutgoingEmail } from './mailer';
export { createResendMailer, type ResendMailerOptions } from './resend-mailer';
