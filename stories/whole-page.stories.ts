import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/all.js';
import { setClusterParameters } from './support/url.js';

/**
 * The page partners asked for, as they embed it: the explorer, the story of what a cluster is, and the
 * timeline, one after another in the partner's own page (its typography, its colours).
 */
const meta = {
  title: 'Recipes/Whole page',
  tags: ['!autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Explorer, about and timeline together, as a partner page embeds them: one script tag, three ' +
          'elements. With `sync-url` a visitor can share a link to a filtered view or an open cluster.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const WholePage: Story = {
  name: 'Whole page',
  loaders: [async () => setClusterParameters({})],
  render: () => html`<main class="sb-partner-page">
    <cluster-explorer sync-url heading-level="2"></cluster-explorer>
    <cluster-about heading-level="2"></cluster-about>
    <cluster-timeline heading-level="2"></cluster-timeline>
  </main>`,
};

export const WholePageEnglish: Story = {
  name: 'Whole page (English)',
  loaders: [async () => setClusterParameters({})],
  render: () => html`<main class="sb-partner-page" lang="en">
    <cluster-explorer sync-url heading-level="2"></cluster-explorer>
    <cluster-about heading-level="2"></cluster-about>
    <cluster-timeline heading-level="2" layout="horizontal"></cluster-timeline>
  </main>`,
};
