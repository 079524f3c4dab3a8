import type { Locale, Organisation } from '@haven/core';
import { campaignMessagesFor } from '../../i18n/staff-campaigns';
import { CsrfField } from '../layout';

/** The organisation's logo on the settings page: what it is, and a form to upload another. */
export function LogoForm(props: {
  locale: Locale;
  org: Organisation;
  csrfToken: string;
  problem?: string;
}) {
  const m = campaignMessagesFor(props.locale);
  return (
    <section aria-labelledby="logo-title">
      <h2 id="logo-title">{m.logo.title}</h2>
      {props.problem && (
        <p class="error" role="alert">
          {props.problem}
        </p>
      )}
      {props.org.logoUrl ? (
        <p>
          <img src={props.org.logoUrl} alt={m.logo.current} height={80} />
        </p>
      ) : (
        <p>{m.logo.none}</p>
      )}
      <form method="post" action="/staff/settings/logo" enctype="multipart/form-data">
        <CsrfField token={props.csrfToken} />
        <p>
          <label for="logo">{m.logo.file}</label>
          <input
            id="logo"
            name="logo"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            required
          />
        </p>
        <p>
          <button type="submit">{m.logo.upload}</button>
        </p>
      </form>
    </section>
  );
}
