import { request } from 'node:http';

/** What a visitor's browser receives for a page over the local server: bytes and headers. */
export type PageWeight = {
  path: string;
  rawBytes: number;
  transferredBytes: number;
  contentEncoding: string | null;
  cacheControl: string | null;
  stylesheet: { transferredBytes: number; cacheControl: string | null } | null;
};

export async function measurePageWeight(base: string, path: string): Promise<PageWeight> {
  // fetch decodes what it receives: the text and headers from it, the wire size from node:http.
  const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'br, gzip' } });
  const body = await response.text();
  const encoding = response.headers.get('content-encoding');
  const stylesheetPath = /<link rel="stylesheet" href="([^"]+)"/.exec(body)?.[1];
  const wire = await wireBytes(`${base}${path}`);
  const stylesheet = stylesheetPath
    ? {
        transferredBytes: await wireBytes(`${base}${stylesheetPath}`),
        cacheControl: (await fetch(`${base}${stylesheetPath}`)).headers.get('cache-control'),
      }
    : null;
  return {
    path,
    rawBytes: Buffer.byteLength(body),
    transferredBytes: wire,
    contentEncoding: encoding,
    cacheControl: response.headers.get('cache-control'),
    stylesheet,
  };
}

/** Bytes on the wire: node:http, which does not decode, with the browser's Accept-Encoding. */
async function wireBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () => resolve(bytes));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}
