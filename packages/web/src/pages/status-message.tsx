/** The body of a page that says one thing, with a way on. */
export const StatusMessage = (props: { body: string; link?: { href: string; label: string } }) => (
  <>
    <p role="status">{props.body}</p>
    {props.link && (
      <p>
        <a href={props.link.href}>{props.link.label}</a>
      </p>
    )}
  </>
);
