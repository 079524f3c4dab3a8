/**
 * The passkey ceremonies' library (@simplewebauthn/server and its ASN.1 and COSE parsers,
 * ~120 KB minified), imported on demand by routes/security.tsx: a staff cold start that serves
 * any other page does not load it.
 */
export {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
export { isoBase64URL } from '@simplewebauthn/server/helpers';
