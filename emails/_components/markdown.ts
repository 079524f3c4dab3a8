import MarkdownIt from 'markdown-it';

/**
 * An update's Markdown, as the site renders stories (packages/web/src/markdown.ts): raw HTML off,
 * so a `<script>` is text, and markdown-it's link validation refuses `javascript:` and the like.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

export const markdownToHtml = (source: string): string => md.render(source);
