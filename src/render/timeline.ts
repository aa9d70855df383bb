import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Milestone } from '../data/types.js';
import { formatIsoDate, type Language } from '../i18n/strings.js';
import type { TimelineStrings } from '../i18n/timeline-strings.js';
import { heading } from './heading.js';
import { displayHost } from './labels.js';

/** Sources link to the web only (the gate also keeps mailto:, which names no page to cite). */
const isWebUrl = (url: string) => /^https?:/i.test(url);

/** How `renderTimeline` lays the milestones out. */
export interface TimelineOptions {
  /** Level (1–6) of the "Timeline" heading. */
  headingLevel: number;
  /** A horizontal strip that scrolls inside itself when its container is at least 40em wide. */
  horizontal: boolean;
}

/**
 * Milestones as an ordered list in date order (a year sorts before a month of that year, a month before
 * a day in it), each with its date at its precision in a `<time>`, its title and its http(s) sources as
 * links named "Kilde: host" / "Source: host". The only timeline markup: `<cluster-timeline>` is a thin shell over it.
 * Needs the timeline styles and the private tokens of `hostStyles`.
 */
export function renderTimeline(
  milestones: readonly Milestone[],
  language: Language,
  strings: TimelineStrings,
  { headingLevel, horizontal }: TimelineOptions,
): TemplateResult {
  // ISO dates of any precision sort as strings: "2020" < "2020-07" < "2020-07-01" < "2020-08".
  const sorted = [...milestones].sort((a, b) => +(a.date > b.date) - +(a.date < b.date));
  const list = html`<ol part="list" aria-labelledby="timeline-title">
    ${sorted.map(
      (milestone) => html`<li part="item">
        <time part="date" datetime=${milestone.date}>${formatIsoDate(milestone.date, language)}</time>
        <span part="text">${milestone.title[language]}</span>
        ${milestone.sources.filter(isWebUrl).map((url) => {
          const host = displayHost(url);
          return html`<a part="source" href=${url} rel="noopener" aria-label="${strings.source}: ${host}">${host}</a>`;
        })}
      </li>`,
    )}
  </ol>`;
  // Horizontal, the strip scrolls inside itself (when wide enough): a named, focusable region, so keyboard
  // users can scroll it with the arrow keys. Vertical, it is a plain box and no extra tab stop.
  return html`${heading(headingLevel, 'title', 'heading', html`<span id="timeline-title">${strings.title}</span>`)}
    <div class="wrap${horizontal ? ' horizontal' : ''}">
      <div
        class="scroller"
        part="scroller"
        tabindex=${ifDefined(horizontal ? 0 : undefined)}
        role=${ifDefined(horizontal ? 'region' : undefined)}
        aria-labelledby=${ifDefined(horizontal ? 'timeline-title' : undefined)}
      >
        ${list}
      </div>
    </div>`;
}
