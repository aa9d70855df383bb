import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook 10, set up by hand (no `storybook init`). The stories import the TypeScript sources; Vite
 * (oxc) transforms them with the settings it reads from tsconfig.json (`useDefineForClassFields: false`;
 * the elements use `declare` fields and no decorators, so the decorator setting never comes into play).
 * `storybook build` runs Vite in production mode, whose resolve conditions pick Lit's production build;
 * the dev server picks Lit's development build (with its dev-mode notices) on purpose.
 * custom-elements.json must exist before a build: `node scripts/build.mjs` generates it. The registering
 * modules (`import '../src/define/cluster-card.js'`) survive the production bundle only because package.json's
 * `sideEffects` lists `./src/define/*.ts`.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs'],
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  core: { disableTelemetry: true },
  // Example JSON files for the `src` stories (served next to iframe.html, so relative URLs work).
  staticDirs: [{ from: '../stories/fixtures', to: '/fixtures' }],
  docs: { defaultName: 'Docs' },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // Dev server: @storybook/web-components imports `lit/directive-helpers.js`, which Vite would otherwise
    // serve unbundled next to the pre-bundled `lit`: two copies of lit-html ("Multiple versions of Lit").
    // Pre-bundling Lit's entry points together gives one copy.
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js', 'lit/directives/repeat.js'],
    },
  }),
};

export default config;
