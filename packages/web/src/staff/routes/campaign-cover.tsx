import { ConflictError, ValidationError } from '@haven/core';
import { auditPut, saveCampaignDraft, savePublishedCampaign } from '@haven/db';
import { storeCover } from '@haven/media';
import { Hono } from 'hono';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { campaignNotFound, campaignOfUrl, showEditor } from '../campaign-editor';
import { isImageProblem } from '../image-problems';
import { staffPage } from '../render';

/**
 * The cover upload: a multipart post (the only route besides the logo's that takes one, with
 * its own body limit, guard/uploads.ts). The image is checked, re-encoded without metadata and
 * stored under the session's organisation; the campaign then points at it, as last saved.
 */
export function campaignCoverRoutes() {
  const app = new Hono<StaffEnv>();
  app.post('/campaigns/:slug/cover', requireStaff('campaigns.edit'), async (c) => {
    const found = await campaignOfUrl(c);
    if (!found) return campaignNotFound(c);
    const { deps, scope, slug, editable, m } = found;
    if (!deps.media) {
      return staffPage(c, staffContextOf(c), 503, () => ({
        title: m.cover.title,
        body: m.cover.noStorage,
      }));
    }
    const file = (await c.req.parseBody()).cover;
    const bytes =
      file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    let path: string;
    try {
      path = (await storeCover(deps.media, scope, bytes)).path;
    } catch (error) {
      const code = error instanceof ValidationError ? error.issues[0]?.message : undefined;
      if (!isImageProblem(code)) throw error;
      return showEditor(c, editable, { status: 422, problem: m.imageProblems[code] });
    }
    const now = deps.now();
    const edit = {
      content: { ...editable.content, coverImage: path },
      expectedVersion: editable.version,
      now,
      audit: auditPut(
        deps.db,
        scope,
        {
          action: 'campaign.cover_uploaded',
          subject: slug,
          before: { coverImage: editable.content.coverImage ?? null },
          after: { coverImage: path },
        },
        now,
      ),
    };
    try {
      if (editable.kind === 'draft') await saveCampaignDraft(deps.db, scope, slug, edit);
      else await savePublishedCampaign(deps.db, scope, slug, edit);
    } catch (error) {
      // Saved by someone else meanwhile: the stored image is simply never shown.
      if (error instanceof ConflictError) {
        return showEditor(c, editable, { status: 409, problem: m.conflict });
      }
      throw error;
    }
    return c.redirect(`/staff/campaigns/${slug}/edit?done=cover`, 303);
  });
  return app;
}
