import { html, nothing, type TemplateResult } from 'lit';
import type { Cluster, ClusterDataset } from '../data/types.js';
import { formatIsoDate, type Language, type Strings } from '../i18n/strings.js';
import { heading } from './heading.js';
import { areaName, displayHost, headOffice, isUncertain, regionName } from './labels.js';

/** Everything the card needs besides the record; the card element, list, map and explorer fill it. */
export interface CardContext {
  data: ClusterDataset;
  language: Language;
  strings: Strings;
  variant: 'full' | 'compact';
  headingLevel: number;
  selected?: boolean;
  /** Called once per activation (click on the card, or Enter/Space on its button). */
  onActivate?: (cluster: Cluster) => void;
}

/** Cards can hold links and a sources disclosure; activating those must not also select the card. */
function isOwnInteraction(event: Event, card: Element): boolean {
  for (const target of event.composedPath()) {
    if (target === card) return false;
    if (target instanceof HTMLAnchorElement || target instanceof HTMLDetailsElement) return true;
  }
  return false;
}

/** The "usikker"/"uncertain" mark after a fact the record lists in `uncertain`. */
export function uncertainMark(cluster: Cluster, field: string, strings: Strings) {
  return isUncertain(cluster, field)
    ? html` <span class="uncertain" part="uncertain" title=${strings.uncertainLabel}>${strings.uncertain}</span>`
    : nothing;
}

function renderHeadOffice(cluster: Cluster, context: CardContext) {
  const { strings, data, language } = context;
  const office = headOffice(cluster);
  const label = office?.role === 'planned-head-office' ? strings.plannedHeadOffice : strings.headOffice;
  const value = office
    ? html`${strings.placeNames[office.city] ?? office.city}${cluster.region ? html`, ${regionName(cluster.region, data, language)}` : nothing}${uncertainMark(cluster, 'locations', strings)}`
    : html`<span class="unknown">${strings.unknown}</span>`;
  return html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
}

/** The website fact: a link, text when defunct, "unknown" when absent. */
export function renderWebsite(cluster: Cluster, strings: Strings) {
  let value: TemplateResult;
  if (!cluster.website) {
    value = html`<span class="unknown">${strings.unknown}</span>`;
  } else if (cluster.websiteLive === false) {
    value = html`${displayHost(cluster.website)} <span class="note">(${strings.websiteDefunct})</span>`;
  } else {
    value = html`<a part="link" href=${cluster.website} rel="noopener">${displayHost(cluster.website)}</a>`;
  }
  return html`<div class="fact"><dt>${strings.website}</dt><dd>${value}${uncertainMark(cluster, 'website', strings)}</dd></div>`;
}

function renderFullFacts(cluster: Cluster, context: CardContext) {
  const { strings, language } = context;
  const programme = cluster.programmes?.['2025-2028'];
  return html`
    <div class="fact">
      <dt>${strings.founded}</dt>
      <dd>
        ${cluster.founded ? formatIsoDate(cluster.founded, language) : html`<span class="unknown">${strings.unknown}</span>`}${uncertainMark(cluster, 'founded', strings)}
      </dd>
    </div>
    ${programme
      ? html`<div class="fact">
          <dt>${strings.programme2025}</dt>
          <dd>${strings.programme[programme]}${uncertainMark(cluster, 'programmes', strings)}</dd>
        </div>`
      : nothing}
  `;
}

function renderSources(cluster: Cluster, strings: Strings) {
  const sources = cluster.sources ?? [];
  if (sources.length === 0) return nothing;
  return html`<details class="sources" part="sources">
    <summary>${strings.sources} (${sources.length})</summary>
    <ul>
      ${sources.map((url) => html`<li><a href=${url} rel="noopener">${displayHost(url)}</a></li>`)}
    </ul>
  </details>`;
}

/**
 * One cluster as a card. The only card markup in the library: `<cluster-card>` is a thin shell over it,
 * and the list, the map's labels and the explorer call it directly (no nested public tags).
 * Strings from the data are always bound as text; links come from the gate, which kept only
 * http(s)/mailto URLs.
 */
export function renderCard(cluster: Cluster, context: CardContext): TemplateResult {
  const { strings, data, language, variant } = context;
  const full = variant === 'full';
  const ceased = cluster.status?.state === 'ceased';
  const since = cluster.status?.state === 'ceased' ? cluster.status.since : undefined;
  const description = cluster.description?.[language];
  const focus = cluster.focus?.[language] ?? [];
  const onClick = (event: Event) => {
    if (!isOwnInteraction(event, event.currentTarget as Element)) context.onActivate?.(cluster);
  };
  // The heading's button is the keyboard path to activation; the card-wide click only widens the mouse
  // target, so the article needs no key handler of its own.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  return html`
    <article
      class="card ${variant} ${ceased ? 'ceased' : ''} ${context.selected ? 'selected' : ''}"
      part="card"
      @click=${onClick}
    >
      <div class="top">
        <p class="area" part="area">
          ${cluster.area ? areaName(cluster.area, data, language) : strings.areaUnknown}${uncertainMark(cluster, 'area', strings)}
        </p>
        ${ceased
          ? html`<span class="badge" part="badge">${since ? strings.ceasedSince(formatIsoDate(since, language)) : strings.ceased}</span>`
          : nothing}
      </div>
      ${heading(
        context.headingLevel,
        'name',
        'name',
        html`<button type="button" class="activate" part="activate" aria-current=${!!context.selected}>
          ${cluster.name}
        </button>`,
      )}
      ${full && description ? html`<p class="description" part="description">${description}</p>` : nothing}
      <dl class="facts" part="facts">
        ${renderHeadOffice(cluster, context)} ${full ? renderFullFacts(cluster, context) : nothing}
        ${renderWebsite(cluster, strings)}
      </dl>
      ${full && focus.length > 0
        ? html`<ul class="focus" part="focus" aria-label=${strings.focus}>
            ${focus.map((item) => html`<li>${item}</li>`)}
          </ul>`
        : nothing}
      ${full ? renderSources(cluster, strings) : nothing}
    </article>
  `;
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
