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

export const renderMarkdown = (source: string): string => md.render(source);
