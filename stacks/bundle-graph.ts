import type { Metafile } from 'esbuild';

type Output = Metafile['outputs'][string];

/**
 * The output files a cold start loads: the entry and every chunk it imports statically, not the
 * chunks behind a dynamic `import()` (those load on first use).
 */
export function coldStartOutputs(metafile: Metafile): [string, Output][] {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((path) => path.endsWith('index.mjs'));
  if (!entry) throw new Error('the bundle has no index.mjs');
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entry);
  return [...seen].flatMap((path) => {
    const output = outputs[path];
    return output ? [[path, output] as [string, Output]] : [];
  });
}

/** The source files (node_modules paths included) whose code a cold start loads. */
export const coldStartInputs = (metafile: Metafile): string[] => [
  ...new Set(coldStartOutputs(metafile).flatMap(([, output]) => Object.keys(output.inputs))),
];

/** Bytes of JavaScript a cold start loads (source maps and legal comments aside). */
export const coldStartBytes = (metafile: Metafile): number =>
  coldStartOutputs(metafile)
    .filter(([path]) => path.endsWith('.mjs'))
    .reduce((sum, [, output]) => sum + output.bytes, 0);

/** Bytes of JavaScript deployed, the chunks loaded on demand included. */
export const totalBytes = (metafile: Metafile): number =>
  Object.entries(metafile.outputs)
    .filter(([path]) => path.endsWith('.mjs'))
    .reduce((sum, [, output]) => sum + output.bytes, 0);
