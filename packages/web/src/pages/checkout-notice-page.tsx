import { Layout } from './layout';
import type { PageContext } from './page-context';

/**
 * Shown instead of a redirect when Checkout cannot show its page in the donor's language
 * (Arabic): the donor learns, in their language, what comes next before leaving the site.
 */
export function CheckoutNoticePage(props: {
  ctx: PageContext;
  checkoutUrl: string;
  back: { href: string; label: string };
}) {
  const { t } = props.ctx;
  return (
    <Layout
      ctx={props.ctx}
      title={t.checkout.languageNoticeTitle}
      description={t.checkout.languageNotice}
    >
      <h1>{t.checkout.languageNoticeTitle}</h1>
      <p class="notice">{t.checkout.languageNotice}</p>
      <p>
        <a class="button" href={props.checkoutUrl} rel="noreferrer">
          {t.checkout.continue}
        </a>
      </p>
      <p>
        <a href={props.back.href}>{props.back.label}</a>
      </p>
    </Layout>
  );
}
