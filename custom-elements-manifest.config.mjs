/** custom-elements.json from the elements' JSDoc. `scripts/manifest.mjs` runs the analyzer with this. */
export default {
  globs: ['src/components/**/*.ts', 'src/internal/base-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // The package.json field is written by hand; the analyzer would otherwise rewrite it with its outdir.
  packagejson: false,
  plugins: [
    {
      // The analyzer takes `this.emit(type, …)` inside the data controller's callback for an event named
      // "type"; the library's events are the four `cluster-*` ones, documented with @fires.
      name: 'library-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('cluster-'));
          }
        }
      },
    },
  ],
};
