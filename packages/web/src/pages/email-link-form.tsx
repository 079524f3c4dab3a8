/** The one-field form that asks for a sign-in link by email (staff and donors). */
export const EmailLinkForm = (props: {
  action: string;
  label: string;
  submit: string;
  error?: string;
}) => (
  <form method="post" action={props.action} novalidate>
    <label for="email">{props.label}</label>
    {/* An address reads left to right whatever the page's direction. */}
    <input
      id="email"
      name="email"
      type="email"
      autocomplete="email"
      dir="ltr"
      required
      aria-invalid={props.error ? 'true' : undefined}
      aria-describedby={props.error ? 'email-error' : undefined}
    />
    {props.error && (
      <p id="email-error" class="error" role="alert">
        {props.error}
      </p>
    )}
    <button type="submit">{props.submit}</button>
  </form>
);
