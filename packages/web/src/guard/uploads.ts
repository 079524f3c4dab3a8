/**
 * The routes that take a file: a campaign's cover and the organisation's logo. Only they accept
 * multipart bodies, and only they get a limit above BODY_LIMIT. Lambda takes at most 6 MB
 * synchronously and a binary body arrives base64-encoded (4/3 larger): 4 MB leaves room.
 */
export const UPLOAD_BODY_LIMIT = 4 * 1024 * 1024;

const UPLOAD_PATHS = /^\/staff\/(campaigns\/[a-z0-9-]+\/cover|settings\/logo)$/;

export const isUploadPath = (path: string): boolean => UPLOAD_PATHS.test(path);
