import { NotFoundError } from '@haven/core';
import { listCampaigns, listOrganisations } from '@haven/db';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppDeps } from '../deps';
import { findPublicCampaign, findPublicOrganisation } from '../load';
import { donationRoutes } from './donation-routes';
import { CampaignParams, CampaignView, OrganisationView, OrgParams, Problem } from './schemas';
import { problemHook } from './validation-hook';
import { campaignView, organisationView } from './views';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
const notFoundResponse = {
  content: { 'application/problem+json': { schema: Problem } },
  description: 'No such resource (RFC 9457 problem details)',
};

const listOrganisationsRoute = createRoute({
  method: 'get',
  path: '/organisations',
  tags: ['public'],
  responses: {
    200: json(z.object({ organisations: z.array(OrganisationView) }), 'All organisations'),
  },
});

const getOrganisationRoute = createRoute({
  method: 'get',
  path: '/organisations/{org}',
  tags: ['public'],
  request: { params: OrgParams },
  responses: {
    200: json(
      z.object({ organisation: OrganisationView, campaigns: z.array(CampaignView) }),
      'An organisation and its open campaigns',
    ),
    404: notFoundResponse,
  },
});

const getCampaignRoute = createRoute({
  method: 'get',
  path: '/organisations/{org}/campaigns/{campaign}',
  tags: ['public'],
  request: { params: CampaignParams },
  responses: { 200: json(CampaignView, 'A campaign with its totals'), 404: notFoundResponse },
});

/**
 * The public JSON API. Chained, so its type carries every route and a typed client
 * (Hono's `testClient`, `hc`) can call it without casting answers.
 */
export function apiRoutes(deps: AppDeps) {
  const { db, publicUrl } = deps;
  return new OpenAPIHono({ defaultHook: problemHook })
    .openapi(listOrganisationsRoute, async (c) => {
      const orgs = await listOrganisations(db);
      return c.json({ organisations: orgs.map((org) => organisationView(org, publicUrl)) }, 200);
    })
    .openapi(getOrganisationRoute, async (c) => {
      const { org: slug } = c.req.valid('param');
      const org = await findPublicOrganisation(db, slug);
      if (!org) throw new NotFoundError(`No organisation ${slug}`);
      const campaigns = await listCampaigns(db, org.slug, 'open');
      return c.json(
        {
          organisation: organisationView(org, publicUrl),
          campaigns: campaigns.map((campaign) => campaignView(campaign, publicUrl)),
        },
        200,
      );
    })
    .openapi(getCampaignRoute, async (c) => {
      const { org, campaign } = c.req.valid('param');
      const found = await findPublicCampaign(db, org, campaign);
      if (!found) throw new NotFoundError(`No campaign ${org}/${campaign}`);
      return c.json(campaignView(found.campaign, publicUrl), 200);
    })
    .route('/', donationRoutes(deps));
}
