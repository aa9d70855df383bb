/** custom-elements.json from the elements' JSDoc. `scripts/manifest.mjs` runs the analyzer with this. */
export default {
  globs: ['src/components/**/*.ts', 'src/internal/base-element.ts', 'src/internal/data-element.ts', 'src/internal/list-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // The package.json field is written by hand; the analyzer would otherwise rewrite it with its outdir.
  packagejson: false,
  plugins: [
    {
      // Only the public API: the analyzer takes `this.emit(type, …)` inside the data controller's callback
      // for an event named "type" (the library's events are the four `cluster-*` ones, documented with
      // @fires), and lists reactive state (`state: true`) as attributes.
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        // The analyzer lists modules in the file system's order, which differs between checkouts: sort by path.
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('cluster-'));
            // Reactive state (`state: true`) is private or protected: never an attribute of the public API.
            const hidden = new Set(
              (declaration.members ?? []).filter((member) => member.privacy && member.privacy !== 'public').map((member) => member.name),
            );
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
          }
        }
      },
    },
  ],
};
