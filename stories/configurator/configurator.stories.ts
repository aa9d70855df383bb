import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { embedConfiguratorTag } from './embed-configurator.js';

/**
 * The embed configurator as a story, so the story sweep (axe at 1280 and 360 px, no console error, no
 * sideways scroll) covers it; Guides/Embed configurator is the same element on a docs page.
 */
const meta = {
  title: 'Recipes/Embed configurator',
  tags: ['!autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Choose an element, its filters and options, language, theme and script; see it live; copy the exact ' +
          'snippet (script tag, reservation CSS, element).',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const EmbedConfigurator: Story = {
  name: 'Embed configurator',
  // A fresh <embed-configurator> (the imported binding keeps its registration in the production build).
  render: () => document.createElement(embedConfiguratorTag),
};
