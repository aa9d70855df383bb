/**
 * The args of `<cluster-list>` and `<cluster-explorer>`, which share their attributes (the explorer adds
 * the map and the detail view, not attributes), and one template for both tags.
 */
import { nothing, type TemplateResult } from 'lit';
// Lit's static templates put a tag name in a binding; eslint-plugin-lit checks only `html`, so the name differs.
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { filterArgTypes, themeArgType, themeAttribute, type FilterArgs, type Theme } from './story-kit.js';

export interface ListArgs extends FilterArgs {
  sort: 'name' | 'area' | 'region';
  layout: 'grid' | 'list';
  limit?: number;
  controls?: string;
  selected?: string;
  'sync-url'?: boolean;
  theme: Theme;
  lang?: string;
  src?: string;
  timeout?: number;
}

export const listDefaults: ListArgs = {
  query: '',
  area: '',
  region: '',
  status: 'all',
  sort: 'name',
  layout: 'grid',
  theme: 'absent',
};

export const listArgTypes = {
  ...filterArgTypes,
  sort: { control: 'inline-radio', options: ['name', 'area', 'region'] },
  layout: { control: 'inline-radio', options: ['grid', 'list'] },
  limit: { control: { type: 'number', min: 1 } },
  controls: { control: 'text', description: '`search area region status sort` (any of them) or `none`.' },
  theme: themeArgType,
} as const;

/** One list or explorer from the args; empty and default values leave the attribute off. */
export function listLike(tag: 'cluster-list' | 'cluster-explorer', args: ListArgs): TemplateResult {
  const name = unsafeStatic(tag);
  return staticHtml`<${name}
    query=${args.query || nothing}
    area=${args.area || nothing}
    region=${args.region || nothing}
    status=${args.status === 'all' ? nothing : args.status}
    sort=${args.sort === 'name' ? nothing : args.sort}
    layout=${args.layout === 'grid' ? nothing : args.layout}
    limit=${args.limit ?? nothing}
    controls=${args.controls ?? nothing}
    selected=${args.selected || nothing}
    ?sync-url=${args['sync-url']}
    theme=${themeAttribute(args.theme)}
    lang=${args.lang ?? nothing}
    src=${args.src ?? nothing}
    timeout=${args.timeout ?? nothing}
  ></${name}>`;
}
