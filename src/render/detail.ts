import { html, nothing, type TemplateResult } from 'lit';
import type { Cluster, ClusterDataset } from '../data/types.js';
import type { ExplorerStrings } from '../i18n/explorer-strings.js';
import { formatIsoDate, type Language, type Strings } from '../i18n/strings.js';
import { renderWebsite, uncertainMark } from './card.js';
import { heading } from './heading.js';
import { areaName, displayHost, headOffice, regionName } from './labels.js';

export interface DetailContext {
  data: ClusterDataset;
  language: Language;
  strings: Strings;
  words: ExplorerStrings;
  /** Level of the cluster's name; the sections below it are one level deeper. */
  headingLevel: number;
}

/** One fact of the detail's list: a term and its value. */
const fact = (term: string, value: unknown) => html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;

/** A titled section (places, focus, sources) holding a list; nothing when the list is empty. */
function section(level: number, title: unknown, items: unknown[]) {
  return items.length
    ? html`<section>
        ${heading(Math.min(6, level + 1), 'section-title', 'section-title', title)}
        <ul>${items.map((item) => html`<li>${item}</li>`)}</ul>
      </section>`
    : nothing;
}

/**
 * Everything the data says about one cluster, for the explorer's detail view: area, name, description,
 * status and programmes, founding, website, every place with its role, focus and sources, with uncertain
 * facts marked and unknown ones said. Strings from the data are bound as text; links passed the gate.
 */
export function renderDetail(cluster: Cluster, context: DetailContext): TemplateResult {
  const { data, language, strings, words, headingLevel } = context;
  const unknown = html`<span class="unknown">${strings.unknown}</span>`;
  const status = cluster.status;
  const programme2025 = cluster.programmes?.['2025-2028'];
  const office = headOffice(cluster);
  return html`
    <p class="area" part="area">
      ${cluster.area ? areaName(cluster.area, data, language) : strings.areaUnknown}${uncertainMark(cluster, 'area', strings)}
    </p>
    ${heading(headingLevel, 'name', 'name', cluster.name)}
    ${cluster.description ? html`<p class="description" part="description">${cluster.description[language]}</p>` : nothing}
    <dl class="facts" part="facts">
      ${fact(
        'Status', // the same word in Danish and English
        html`${status?.state === 'ceased'
          ? status.since ? strings.ceasedSince(formatIsoDate(status.since, language)) : strings.ceased
          : status ? words.active1 : unknown}${uncertainMark(cluster, 'status', strings)}`,
      )}
      ${fact(words.programme2021, cluster.programmes?.['2021-2024'] ? words.appointedValue : unknown)}
      ${fact(strings.programme2025, html`${strings.programme[programme2025 ?? 'unknown']}${uncertainMark(cluster, 'programmes', strings)}`)}
      ${fact(strings.founded, html`${cluster.founded ? formatIsoDate(cluster.founded, language) : unknown}${uncertainMark(cluster, 'founded', strings)}`)}
      ${renderWebsite(cluster, strings)}
    </dl>
    ${section(
      headingLevel,
      html`${words.locations}${uncertainMark(cluster, 'locations', strings)}`,
      (cluster.locations ?? []).map(
        (place) =>
          `${strings.placeNames[place.city] ?? place.city}${place === office && cluster.region
            ? `, ${regionName(cluster.region, data, language)}`
            : ''}: ${words.roles[place.role]}`,
      ),
    )}
    ${section(headingLevel, strings.focus, cluster.focus?.[language] ?? [])}
    ${section(
      headingLevel,
      strings.sources,
      (cluster.sources ?? []).map((url) => html`<a href=${url} rel="noopener">${displayHost(url)}</a>`),
    )}
  `;
}
