import { html, type TemplateResult } from 'lit';
import type { Cluster, ClusterDataset } from '../data/types.js';
import type { ExplorerStrings } from '../i18n/explorer-strings.js';
import { formatCount, formatIsoDate, type Language } from '../i18n/strings.js';
import { headOffice } from './labels.js';

/** The explorer's key figures, counted from the data in use (so a partner's data gives its own). */
export interface KeyFigures {
  /** Clusters appointed for the 2021–2024 programme. */
  appointed: number;
  /** Clusters whose status is `active`. */
  active: number;
  /** Clusters confirmed for the 2025–2028 programme. */
  confirmed: number;
  /** Strength areas the clusters cover. */
  areas: number;
  /** Regions holding at least one (planned) head office. */
  regions: number;
}

export function keyFigures(data: ClusterDataset): KeyFigures {
  const { clusters } = data;
  const count = (test: (cluster: Cluster) => boolean) => clusters.filter(test).length;
  return {
    appointed: count((cluster) => cluster.programmes?.['2021-2024'] === 'appointed'),
    active: count((cluster) => cluster.status?.state === 'active'),
    confirmed: count((cluster) => cluster.programmes?.['2025-2028'] === 'confirmed'),
    areas: new Set(clusters.map((cluster) => cluster.area).filter(Boolean)).size,
    regions: new Set(clusters.filter((cluster) => headOffice(cluster)).map((cluster) => cluster.region).filter(Boolean)).size,
  };
}

/** The figures as a list ("14 appointed for 2021–2024", …) and the data's date. */
export function renderKeyFigures(data: ClusterDataset, language: Language, words: ExplorerStrings): TemplateResult {
  const figures = keyFigures(data);
  return html`
    <ul class="figures" part="figures" aria-label=${words.figures}>
      ${(['appointed', 'active', 'confirmed', 'areas', 'regions'] as const).map(
        (key) => html`<li><strong>${formatCount(figures[key], language)}</strong> ${words[key]}</li>`,
      )}
    </ul>
    ${data.asOf ? html`<p class="as-of" part="as-of">${words.asOf(formatIsoDate(data.asOf, language))}</p>` : ''}
  `;
}
