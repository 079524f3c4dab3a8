import { Layout } from './layout';
import { localizedPath, type PageContext } from './page-context';

export function NotFoundPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title={ctx.t.notFound.title} description={ctx.t.notFound.body}>
      <h1>{ctx.t.notFound.title}</h1>
      <p>{ctx.t.notFound.body}</p>
      <p>
        <a href={localizedPath(ctx.locale, '/')}>{ctx.t.notFound.home}</a>
      </p>
    </Layout>
  );
}
