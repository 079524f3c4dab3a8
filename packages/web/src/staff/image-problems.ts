import type { ImageProblem } from '@haven/media';

const IMAGE_PROBLEMS = new Set<string>([
  'empty',
  'too_large',
  'unsupported_type',
  'too_many_pixels',
  'unreadable',
] satisfies ImageProblem[]);

/** The code of an image refused by the media package's checks, which the pages localise. */
export const isImageProblem = (code: string | undefined): code is ImageProblem =>
  code !== undefined && IMAGE_PROBLEMS.has(code);
