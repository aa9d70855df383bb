/**
 * custom-elements.json from the elements' JSDoc (the API contract). `generateManifest(dir)` writes it
 * into `dir`; the manifest check generates into a temporary folder and compares with the committed file.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function generateManifest(outdir) {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
      'analyze',
      '--litelement',
      '--globs', 'src/components/**/*.ts', 'src/internal/base-element.ts',
      '--exclude', 'src/**/*.styles.ts',
      '--outdir', outdir,
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return join(outdir, 'custom-elements.json');
}
