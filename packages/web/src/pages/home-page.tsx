import { type Organisation, pickText, textDirection } from '@haven/core';
import { Layout } from './layout';
import { localizedPath, type PageContext } from './page-context';

export function HomePage({ ctx, orgs }: { ctx: PageContext; orgs: Organisation[] }) {
  return (
    <Layout ctx={ctx} title={ctx.t.organisations} description={ctx.t.organisations}>
      <h1>{ctx.t.organisations}</h1>
      <ul class="cards">
        {orgs.map((org) => {
          const locale = org.locales.includes(ctx.locale) ? ctx.locale : org.defaultLocale;
          return (
            // A card in another language than the page reads in that language's direction, so a
            // French sentence's full stop on an Arabic page stays at its end.
            <li class="card" lang={locale} dir={textDirection(locale)}>
              <div class="body">
                <h2>
                  <a href={localizedPath(locale, `/${org.slug}`)}>
                    {pickText(org.name, locale, org.defaultLocale)}
                  </a>
                </h2>
                <p>{pickText(org.about, locale, org.defaultLocale)}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}
