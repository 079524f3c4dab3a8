import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';

/** Lambda's platform, as the functions run (arm64, Amazon Linux's glibc). */
export const LAMBDA_PLATFORM = { os: 'linux', cpu: 'arm64', libc: 'glibc' } as const;

const PackageVersion = z.object({ version: z.string() });

/**
 * The package.json put beside a bundle for the packages esbuild cannot inline (sharp: a native
 * addon and libvips, shipped by npm as one package per platform). Each is pinned to the exact
 * version installed here, so Lambda runs what the tests ran.
 */
export function nativeManifest(root: string, packages: readonly string[]) {
  const dependencies = Object.fromEntries(
    packages.map((name) => {
      const manifest = readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8');
      return [name, PackageVersion.parse(JSON.parse(manifest)).version];
    }),
  );
  return { name: 'haven-function', private: true, type: 'module', dependencies };
}

/**
 * Installs those packages into the bundle directory for Lambda's platform, whatever machine
 * deploys: npm picks `@img/sharp-linux-arm64` and `@img/sharp-libvips-linux-arm64` from the
 * registry (its --os/--cpu/--libc flags), and the bundle's `import 'sharp'` finds them in
 * node_modules at run time.
 */
export function installNativePackages(root: string, dir: string, packages: readonly string[]) {
  if (packages.length === 0) return;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(nativeManifest(root, packages)));
  execFileSync(
    'npm',
    [
      'install',
      '--omit=dev',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      `--os=${LAMBDA_PLATFORM.os}`,
      `--cpu=${LAMBDA_PLATFORM.cpu}`,
      `--libc=${LAMBDA_PLATFORM.libc}`,
    ],
    { cwd: dir, stdio: 'inherit' },
  );
}
