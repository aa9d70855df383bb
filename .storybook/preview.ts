import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

/**
 * The manifest feeds the docs tab (attributes, properties, events, parts, CSS properties). Two fixes for
 * display, the generated file itself stays as it is:
 * - Elements register their tag in src/define/<tag>.ts, not in the class file, so the analyzer may leave
 *   `tagName` out; fill it in from those file names (ClusterCard ↔ cluster-card) so docs find the element.
 * - Storybook lists every member as a property; keep the public instance API only (no private or
 *   protected members, no statics such as `define()` and `version`).
 */
interface Member {
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  name?: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
}
const definedTags = Object.keys(import.meta.glob('../src/define/*.ts'))
  .map((path) => path.replace(/^.*\/|\.ts$/g, ''))
  .filter((tag) => tag.includes('-'));
const className = (tag: string) => tag.replace(/(^|-)([a-z])/g, (_m, _dash, letter: string) => letter.toUpperCase());
for (const module of (manifest as { modules?: { declarations?: Declaration[] }[] }).modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.tagName) {
      const tag = definedTags.find((candidate) => className(candidate) === declaration.name);
      if (tag) Object.assign(declaration, { tagName: tag, customElement: true });
    }
    if (declaration.members) {
      declaration.members = declaration.members.filter(
        (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
      );
    }
  }
}
setCustomElementsManifest(manifest);

/** Every story sits on a page whose language and colour scheme come from the toolbar. */
const withPage: Decorator = (story, context) => {
  const lang = context.globals.lang === 'en' ? 'en' : 'da';
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  return html`<div lang=${lang} class="sb-page" data-theme=${theme}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withPage],
  globalTypes: {
    lang: {
      description: 'Language of the page the story sits on',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'da', title: 'Dansk (da)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the page the story sits on',
      toolbar: {
        title: 'Page',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light page' },
          { value: 'dark', title: 'Dark page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'da', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Guides',
          ['Introduction', 'Getting started', 'Embed configurator', 'Theming', 'Data', 'Events and analytics', 'Languages', 'Accessibility statement', 'Privacy'],
          'Elements',
          'Recipes',
        ],
      },
    },
  },
};

export default preview;
