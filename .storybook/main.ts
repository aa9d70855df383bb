import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * The registering modules (src/define/*.ts) exist for their side effect, but package.json's `sideEffects`
 * names only the built dist/ files, so a production bundle of the sources would drop
 * `import '../src/define/cluster-card.js'` and the element would never be defined. Mark them as having
 * side effects for Storybook's bundle (a transform hook's answer wins over package.json).
 */
const defineModulesHaveSideEffects: Plugin = {
  name: 'danish-clusters:define-modules-have-side-effects',
  apply: 'build',
  enforce: 'post',
  transform(code, id) {
    if (/[\\/]src[\\/]define[\\/][^\\/]+\.ts$/.test(id.split('?')[0] ?? '')) {
      return { code, map: null, moduleSideEffects: true };
    }
    return null;
  },
};

/**
 * Storybook 10, set up by hand (no `storybook init`). The stories import the TypeScript sources; Vite
 * (oxc) transforms them with the settings it reads from tsconfig.json (`useDefineForClassFields: false`;
 * the elements use `declare` fields and no decorators, so the decorator setting never comes into play).
 * `storybook build` runs Vite in production mode, whose resolve conditions pick Lit's production build;
 * the dev server picks Lit's development build (with its dev-mode notices) on purpose.
 * custom-elements.json must exist before a build: `node scripts/build.mjs` generates it.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs'],
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), defineModulesHaveSideEffects],
  }),
};

export default config;
