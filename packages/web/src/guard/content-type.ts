import { createMiddleware } from 'hono/factory';
import type { AppDeps } from '../deps';
import { refuse } from './refusal';
import { isUploadPath } from './uploads';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

const mediaType = (header: string | undefined): string =>
  header?.split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * What a body may be, by route: the JSON API takes JSON, the donation form takes what a plain
 * HTML form sends (no file to upload, so no multipart). Anything else is a 415 before any
 * parser runs. The webhook is left to its signature check, which reads the raw bytes.
 */
export function contentTypes(deps: Pick<AppDeps, 'publicUrl'>) {
  return createMiddleware(async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') {
      return next();
    }
    const type = mediaType(c.req.header('content-type'));
    const path = c.req.path;
    if (path.startsWith('/api/') && type !== JSON_TYPE) {
      return refuse(c, deps, 'unsupported_media_type');
    }
    if (path.endsWith('/donate') && type !== FORM) {
      return refuse(c, deps, 'unsupported_media_type');
    }
    // A file is taken by the upload routes alone: a multipart body anywhere else is refused.
    if (type === 'multipart/form-data' && !isUploadPath(path)) {
      return refuse(c, deps, 'unsupported_media_type');
    }
    return next();
  });
}
