import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/define/cluster-map.js';
import { clusters } from '../src/data/index.js';
// @ts-expect-error -- Vite turns an imported image into its URL; the project declares no types for *.png.
import screenshot from '../docs/images/cluster-map-800.png';
import { loadingStory, srcFailureStory } from './support/data-states.js';
import { describe, filterArgTypes, themeArgType, themeAttribute, themeStory, type FilterArgs, type Theme } from './support/story-kit.js';

interface MapArgs extends FilterArgs {
  selected: string;
  'shade-regions': boolean;
  theme: Theme;
  lang?: string;
  clusters?: unknown;
  src?: string;
  timeout?: number;
}

/** One map from the args; empty values leave the attribute off. */
function map(args: MapArgs): TemplateResult {
  return html`<cluster-map
    query=${args.query || nothing}
    area=${args.area || nothing}
    region=${args.region || nothing}
    status=${args.status === 'all' ? nothing : args.status}
    selected=${args.selected || nothing}
    ?shade-regions=${args['shade-regions']}
    theme=${themeAttribute(args.theme)}
    lang=${args.lang ?? nothing}
    src=${args.src ?? nothing}
    timeout=${args.timeout ?? nothing}
    .clusters=${args.clusters}
  ></cluster-map>`;
}

/** Wide screens: a map of a sensible size; narrow ones: the full width. */
const sized = (content: TemplateResult) => html`<div style="inline-size: 40rem; max-inline-size: 100%">${content}</div>`;

const meta = {
  title: 'Elements/Cluster map',
  component: 'cluster-map',
  tags: ['autodocs'],
  render: (args) => sized(map(args)),
  args: { query: '', area: '', region: '', status: 'all', selected: '', 'shade-regions': false, theme: 'absent' },
  argTypes: {
    ...filterArgTypes,
    query: { control: 'text', description: 'Free-text search; non-matching markers dim.' },
    selected: { control: 'select', options: ['', ...clusters.map((cluster) => cluster.id)], description: 'Highlighted cluster.' },
    'shade-regions': { control: 'boolean', description: 'Shade regions by their number of head offices.' },
    theme: themeArgType,
    clusters: { table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The clusters on a map of Denmark: one marker per cluster at its head office (dashed when the head office ' +
          'is uncertain or planned), markers that would overlap merged into a group showing its count. Hover or ' +
          'focus shows a label; click, Enter or Space fires `cluster-select`; arrow keys move between markers. ' +
          'Clusters without a known head office are listed under the map, never placed.\n\n' +
          `![The map at 800 px wide](${screenshot as string})`,
      },
    },
  },
} satisfies Meta<MapArgs>;

export default meta;
type Story = StoryObj<MapArgs>;

export const Default: Story = {
  parameters: describe('Every cluster of the bundled data at its head office; the Copenhagen area forms a group.'),
};

export const Shaded: Story = {
  args: { 'shade-regions': true },
  parameters: describe('`shade-regions`: each region shaded by its number of cluster head offices.'),
};

export const AreaHighlighted: Story = {
  args: { area: 'energy' },
  parameters: describe('`area="energy"`: markers of other strength areas dim (they stay focusable and say so).'),
};

export const Selected: Story = {
  args: { selected: 'odense-robotics' },
  parameters: describe('`selected="odense-robotics"`: the selected marker is highlighted.'),
};

export const Ceased: Story = {
  args: { status: 'ceased' },
  parameters: describe('`status="ceased"`: only the ceased cluster, MARLOG, matches: its marker (here in the Copenhagen group) stays filled, the others dim.'),
};

export const Loading: Story = loadingStory(
  'the map of Denmark without markers, in the box it will keep, so nothing on the page moves when ' +
    'the data arrives.',
);

export const SrcFailure: Story = srcFailureStory(
  'the bundled data’s markers, a notice under the map, one `cluster-data-error`.',
);

export const English: Story = { args: { lang: 'en' }, parameters: describe('`lang="en"` on the element.') };

const themeArgs: Partial<MapArgs> = { 'shade-regions': true, selected: 'food-bio-cluster-denmark' };

export const ThemeAbsent: Story = themeStory('absent', map, themeArgs);
export const ThemeLight: Story = themeStory('light', map, themeArgs);
export const ThemeDark: Story = themeStory('dark', map, themeArgs);
export const ThemeAuto: Story = themeStory('auto', map, themeArgs);

export const Narrow320: Story = {
  render: (args) => html`<div style="inline-size: 320px; max-inline-size: 100%">${map(args)}</div>`,
  parameters: describe('A 320 px wide container: more markers merge into groups, every hit target stays 24 × 24 px.'),
};

/** Invented example data in cities the bundled data does not have; the names say it is example data. */
const exampleClusters = {
  version: 1,
  clusters: [
    ['example-north', 'Eksempelklynge Nord (example data)', 'robotics', 'DK-81', 'Eksempelby Nord', 57.3, 9.6],
    ['example-west', 'Eksempelklynge Vest (example data)', 'energy', 'DK-83', 'Eksempelby Vest', 55.5, 8.5],
    ['example-east', 'Eksempelklynge Øst (example data)', 'food-bio', 'DK-85', 'Eksempelby Øst', 55.3, 11.8],
    ['example-island', 'Eksempelklynge Bornholm (example data)', 'sound', 'DK-84', 'Eksempelby Bornholm', 55.12, 14.85],
    ['example-centre', 'Eksempelklynge Midt (example data)', 'digital', 'DK-82', 'Eksempelby Midt', 56.3, 9.3],
  ].map(([id, name, area, region, city, lat, lon]) => ({
    id,
    name,
    area,
    region,
    locations: [{ city, lat, lon, role: 'head-office' }],
  })),
};

export const PartnerData: Story = {
  args: { clusters: exampleClusters },
  parameters: describe(
    'A partner’s own data through the `clusters` property: invented example clusters in invented cities ' +
      '(“Eksempelby …”), placed by the same projection; the one east of 14.2° E lands in the Bornholm inset.',
  ),
};
