/** custom-elements.json from the elements' JSDoc. `scripts/manifest.mjs` runs the analyzer with this. */
export default {
  globs: ['src/components/**/*.ts', 'src/internal/base-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // The package.json field is written by hand; the analyzer would otherwise rewrite it with its outdir.
  packagejson: false,
};
