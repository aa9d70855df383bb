import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/define/cluster-card.js';
import { clusters } from '../src/data/index.js';
import { loadingStory, srcFailureStory } from './support/data-states.js';
import { describe, themeArgType, themeAttribute, themeStory, type Theme } from './support/story-kit.js';

/** The 14 bundled cluster ids, for the `cluster` control. */
const CLUSTER_IDS = clusters.map((cluster) => cluster.id);

interface CardArgs {
  cluster: string;
  variant: 'full' | 'compact';
  theme: Theme;
  'heading-level': number;
  lang?: string;
  src?: string;
  timeout?: number;
}

/** One card from the args; `theme: 'absent'` leaves the attribute off (the card inherits the page). */
function card(args: CardArgs): TemplateResult {
  return html`<cluster-card
    cluster=${args.cluster}
    variant=${args.variant}
    theme=${themeAttribute(args.theme)}
    heading-level=${args['heading-level']}
    lang=${args.lang ?? nothing}
    src=${args.src ?? nothing}
    timeout=${args.timeout ?? nothing}
  ></cluster-card>`;
}

const meta = {
  title: 'Elements/Cluster card',
  component: 'cluster-card',
  tags: ['autodocs'],
  render: (args) => card(args),
  args: {
    cluster: 'odense-robotics',
    variant: 'full',
    theme: 'absent',
    'heading-level': 3,
  },
  argTypes: {
    cluster: {
      control: 'select',
      options: CLUSTER_IDS,
      description: 'Id of the cluster to show.',
    },
    variant: {
      control: 'inline-radio',
      options: ['full', 'compact'],
      description: '`full` shows everything; `compact` shows area, name, head office and website.',
    },
    theme: themeArgType,
    'heading-level': {
      control: { type: 'number', min: 1, max: 6, step: 1 },
      description: 'Level (1–6) of the card’s heading.',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One Danish national cluster as a card. Language and page colours come from the toolbar; ' +
          'the card follows the page unless `theme` or `lang` is set on the element.',
      },
    },
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

export const Default: Story = {
  parameters: describe('Odense Robotics with every default: full card, theme inherited from the page.'),
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: describe('`lang="en"` on the element: the card is in English whatever the page language.'),
};

export const Compact: Story = {
  args: { variant: 'compact' },
  parameters: describe('`variant="compact"`: area, name, head office and website only, for tight layouts.'),
};

export const ThemeAbsent: Story = themeStory('absent', card, {}, 'card');
export const ThemeLight: Story = themeStory('light', card, {}, 'card');
export const ThemeDark: Story = themeStory('dark', card, {}, 'card');
export const ThemeAuto: Story = themeStory('auto', card, {}, 'card');

export const Ceased: Story = {
  args: { cluster: 'marlog' },
  parameters: describe('MARLOG ceased in 2022: a "ceased" badge, a dashed border and its old website as text, not a link.'),
};

export const UncertainFacts: Story = {
  args: { cluster: 'clean' },
  parameters: describe('CLEAN has low-confidence facts; each is marked "usikker" / "uncertain".'),
};

export const UnknownId: Story = {
  args: { cluster: 'no-such-cluster' },
  parameters: {
    // The card is not required to warn here (DESIGN.md: "not found" + cluster-data-error); a warning is tolerated.
    sweep: { allowWarning: true, expectEvents: ['cluster-data-error'] },
    docs: {
      description: {
        story:
          'An id that is not in the data: the card says it was not found and fires `cluster-data-error`. ' +
          'No console error; at most a console warning.',
      },
    },
  },
};

export const Loading: Story = loadingStory(
  'an empty card of the loaded card’s size, announced as loading to screen readers, so nothing ' +
    'below it moves when the data arrives.',
);

export const SrcFailure: Story = srcFailureStory(
  'the card from the bundled data, a small notice under it, one `cluster-data-error`.',
);

/** Invented example data, labelled as such: a partner's own record passed as the `data` property. */
const exampleRecord = {
  id: 'example-cluster',
  name: 'Eksempelklynge / Example cluster',
  area: 'digital',
  region: null,
  locations: [],
  website: 'https://example.org',
  founded: '2024',
  status: { state: 'active' },
  description: {
    da: 'Eksempeldata, ikke en rigtig klynge: sådan ser en partners egen post ud, når den gives som data-egenskaben.',
    en: 'Example data, not a real cluster: this is how a partner’s own record looks when given as the data property.',
  },
  focus: { da: ['Eksempel'], en: ['Example'] },
  sources: ['https://example.org/about'],
};

export const PartnerData: Story = {
  argTypes: { cluster: { table: { disable: true } } },
  render: (args) => html`<div class="sb-grid">
    <cluster-card
      .data=${exampleRecord}
      variant=${args.variant}
      theme=${themeAttribute(args.theme)}
      heading-level=${args['heading-level']}
    ></cluster-card>
    <cluster-card
      .data=${{ ...exampleRecord, website: 'javascript:alert(1)' }}
      variant=${args.variant}
      theme=${themeAttribute(args.theme)}
      heading-level=${args['heading-level']}
    ></cluster-card>
  </div>`,
  parameters: {
    // The gate must warn once, naming the dropped field.
    sweep: { expectWarning: '/website' },
    docs: {
      description: {
        story:
          'A record passed as the `data` property goes through the data gate. The first card links to ' +
          'https://example.org; the second was given a `javascript:` website, which the gate drops (the website ' +
          'shows as unknown) with one console warning naming the field.',
      },
    },
  },
};

export const AllFourteen: Story = {
  argTypes: { cluster: { table: { disable: true } } },
  render: (args) => html`<div class="sb-grid">
    ${clusters.map((cluster) => card({ ...args, cluster: cluster.id }))}
  </div>`,
  parameters: describe('All 14 bundled clusters in a responsive grid, one card each.'),
};
