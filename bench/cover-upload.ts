/**
 * What storing a campaign cover costs: a phone-sized photo (12 MP JPEG with EXIF) checked,
 * re-encoded without its metadata and put in the local S3. Prints figures only.
 */

import { startS3Local } from '@haven/local';
import { createMediaStore, ensureBucket, storeCover } from '@haven/media';
import sharp from 'sharp';

const s3 = await startS3Local();
try {
  const store = createMediaStore({ bucket: 'bench-uploads', endpoint: s3.endpoint });
  await ensureBucket(store);
  // Smoothed noise, not a flat colour, so the encoder works about as hard as on a real photo.
  const width = 4000;
  const height = 3000;
  const noise = Buffer.alloc((width / 8) * (height / 8) * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  const photo = await sharp(noise, { raw: { width: width / 8, height: height / 8, channels: 3 } })
    .resize(width, height)
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Make: 'PhoneCo' } })
    .toBuffer();
  const runs: number[] = [];
  let stored = 0;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const cover = await storeCover(store, { orgSlug: 'bench' }, photo);
    runs.push(performance.now() - started);
    stored = cover.width;
  }
  runs.sort((a, b) => a - b);
  process.stdout.write(
    `cover upload (${(photo.byteLength / 1e6).toFixed(1)} MB, ${width}x${height} → ${stored} px wide): ` +
      `median ${Math.round(runs[2] ?? 0)} ms, best ${Math.round(runs[0] ?? 0)} ms over ${runs.length} runs\n`,
  );
} finally {
  await s3.stop();
}
