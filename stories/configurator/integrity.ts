/**
 * The CDN option's `integrity`: taken from `dist/cdn/integrity.json` when this Storybook was built after the
 * library (as `npm test` and a release do) and that file is for the version in use; `import.meta.glob` gives an
 * empty result instead of a build error when the file does not exist (`npm start` on a fresh clone). Without
 * it the snippet shows the placeholder `sha384-…` and says where the value comes from.
 */
import { html, type TemplateResult } from 'lit';
import { VERSION } from '../../src/internal/version.js';

interface IntegrityFile {
  version?: string;
  files?: Record<string, string>;
}

/** This build's `dist/cdn/integrity.json`, if it existed when Storybook was built (an empty glob otherwise). */
const integrityGlob: Record<string, IntegrityFile> =
  // @ts-expect-error -- Vite's import.meta.glob; the project declares no Vite client types (they would change other files' checks).
  import.meta.glob('../../dist/cdn/integrity.json', { eager: true, import: 'default' });
const integrityFile: IntegrityFile | undefined = Object.values(integrityGlob)[0];

/** The ES module's SRI hash for VERSION, or undefined when no build of that version was found. */
export const BUILT_INTEGRITY: string | undefined =
  integrityFile?.version === VERSION ? integrityFile.files?.['danish-clusters.js'] : undefined;

export const INTEGRITY_PLACEHOLDER = 'sha384-…';
/** What the CDN snippet's `integrity` value is and where a partner takes it from. */
export function cdnNote(): TemplateResult {
  return BUILT_INTEGRITY
    ? html`<p class="note">
        The integrity value is this build’s (<code>dist/cdn/integrity.json</code> of ${VERSION}). It matches the file on
        the CDN when this Storybook was built from the published ${VERSION}; otherwise take it from
        <code>dist/cdn/integrity.json</code> of the version you load.
      </p>`
    : html`<p class="note">
        <code>${INTEGRITY_PLACEHOLDER}</code> is a placeholder (this Storybook was started before a build): take the value
        from <code>dist/cdn/integrity.json</code> of version ${VERSION} (in the npm package:
        <code>node_modules/danish-clusters/dist/cdn/integrity.json</code>).
      </p>`;
}
