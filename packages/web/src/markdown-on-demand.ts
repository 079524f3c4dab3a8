import type { renderMarkdown } from './markdown';

/** Markdown to the sanitised HTML a page prints (markdown.ts says what is refused). */
export type RenderMarkdown = typeof renderMarkdown;

/**
 * markdown-it and its tables (~97 KB minified) load with the first page that shows a story, not
 * at every cold start of the page function: most of its cold starts answer a request that
 * needs none (health, media, assets, the organisation pages). A dynamic import is its own chunk
 * in the bundle (stacks/bundle.ts splits); later calls find the module already loaded.
 */
export async function loadMarkdown(): Promise<RenderMarkdown> {
  const { renderMarkdown } = await import('./markdown');
  return renderMarkdown;
}
