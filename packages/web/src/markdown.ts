import MarkdownIt from 'markdown-it';

/**
 * Campaign stories are Markdown written by fundraisers. Raw HTML is off, so a `<script>` is shown
 * as text, and markdown-it's link validation refuses `javascript:`, `vbscript:`, `file:` and
 * non-image `data:` URLs, so what reaches the page is safe by construction.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

const defaultLinkOpen =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));

// Links in stories leave the site: don't pass the referrer or a handle on this window.
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token) {
    token.attrSet('rel', 'nofollow noopener noreferrer');
    token.attrSet('target', '_blank');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/**
 * Rendered stories by their source, so a hot campaign's story is parsed once per process, not
 * per view. Bounded: the oldest goes first once a warm function has seen this many stories.
 */
const rendered = new Map<string, string>();
const RENDERED_MAX = 256;

export function renderMarkdown(source: string): string {
  const hit = rendered.get(source);
  if (hit !== undefined) return hit;
  const html = md.render(source);
  if (rendered.size >= RENDERED_MAX) {
    const oldest = rendered.keys().next();
    if (!oldest.done) rendered.delete(oldest.value);
  }
  rendered.set(source, html);
  return html;
}
