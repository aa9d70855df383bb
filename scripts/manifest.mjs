/**
 * custom-elements.json from the elements' JSDoc (the API contract). `generateManifest(dir)` writes it
 * into `dir`; the manifest check generates into a temporary folder and compares with the committed file.
 */
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function generateManifest(outdir) {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
      'analyze',
      '--config', 'custom-elements-manifest.config.mjs',
      // The analyzer resolves --outdir against the working directory, even when it is absolute.
      '--outdir', relative(root, outdir) || '.',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return join(outdir, 'custom-elements.json');
}
