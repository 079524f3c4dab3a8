type Requester = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

/** The form token of a campaign page, as the browser finds it in the page's form. */
export async function formTokenOf(app: Requester, campaignPath: string): Promise<string> {
  const html = await (await app.request(campaignPath)).text();
  const token = /name="formToken" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error(`no form token on ${campaignPath}`);
  return token;
}

/**
 * Posts the donation form as a browser does: it loads the campaign page first and sends the
 * token that page's form carries, along with the fields. `path` is the form's `…/donate`.
 */
export async function postDonationForm(
  app: Requester,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const formToken = await formTokenOf(app, path.replace(/\/donate$/, ''));
  return app.request(path, {
    method: 'POST',
    body: new URLSearchParams({ formToken, ...fields }),
    headers,
  });
}
