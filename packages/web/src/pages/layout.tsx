import { LOCALES } from '@haven/core';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { assetUrl } from '../static/assets';
import { LanguageNav } from './language-nav';
import { localizedPath, type PageContext } from './page-context';

type LayoutProps = {
  ctx: PageContext;
  title: string;
  description: string;
  /** An absolute or site-relative image for link previews. */
  image?: string;
  children: Child;
};

/** The document shell: language and direction, sharing metadata, language switcher, footer. */
export function Layout({ ctx, title, description, image, children }: LayoutProps) {
  const url = `${ctx.publicUrl}${localizedPath(ctx.locale, ctx.rest)}`;
  const imageUrl = image && (image.startsWith('/') ? `${ctx.publicUrl}${assetUrl(image)}` : image);
  const languages = LOCALES.filter((locale) => ctx.offered.includes(locale));
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={ctx.locale} dir={ctx.dir}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · ${ctx.t.siteName}`}</title>
          <meta name="description" content={description} />
          <link rel="canonical" href={url} />
          {languages.map((locale) => (
            <link
              rel="alternate"
              hreflang={locale}
              href={`${ctx.publicUrl}${localizedPath(locale, ctx.rest)}`}
            />
          ))}
          <link rel="alternate" hreflang="x-default" href={`${ctx.publicUrl}${ctx.rest}`} />
          <meta property="og:type" content="website" />
          <meta property="og:site_name" content={ctx.t.siteName} />
          <meta property="og:title" content={title} />
          <meta property="og:description" content={description} />
          <meta property="og:url" content={url} />
          <meta property="og:locale" content={ctx.intlLocale.replace('-', '_')} />
          {imageUrl && <meta property="og:image" content={imageUrl} />}
          <meta name="twitter:card" content={imageUrl ? 'summary_large_image' : 'summary'} />
          <meta name="twitter:title" content={title} />
          <meta name="twitter:description" content={description} />
          {imageUrl && <meta name="twitter:image" content={imageUrl} />}
          <link rel="icon" href={assetUrl('favicon.svg')} type="image/svg+xml" />
          <link rel="stylesheet" href={assetUrl('app.css')} />
        </head>
        <body>
          <a class="skip" href="#content">
            {ctx.t.skipToContent}
          </a>
          <header class="site">
            <a class="brand" href={localizedPath(ctx.locale, '/')}>
              {ctx.t.siteName}
            </a>
            {languages.length > 1 && (
              <LanguageNav
                locales={languages}
                current={ctx.locale}
                href={(locale) => localizedPath(locale, ctx.rest)}
              />
            )}
          </header>
          <main id="content">{children}</main>
          <footer class="site">
            <p>{ctx.t.footer}</p>
          </footer>
        </body>
      </html>
    </>
  );
}
