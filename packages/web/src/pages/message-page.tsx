import { Layout } from './layout';
import type { PageContext } from './page-context';

/** A short page that tells the visitor one thing, with a way back. */
export function MessagePage(props: {
  ctx: PageContext;
  title: string;
  body: string;
  back: { href: string; label: string };
}) {
  return (
    <Layout ctx={props.ctx} title={props.title} description={props.body}>
      <h1>{props.title}</h1>
      <p>{props.body}</p>
      <p>
        <a href={props.back.href}>{props.back.label}</a>
      </p>
    </Layout>
  );
}
