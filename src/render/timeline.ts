import { html, type TemplateResult } from 'lit';
import { acceptClusterData } from '../data/index.js';
import type { Milestone } from '../data/types.js';
import { formatIsoDate, type Language } from '../i18n/strings.js';
import type { TimelineStrings } from '../i18n/timeline-strings.js';
import { heading } from './heading.js';
import { displayHost } from './labels.js';

/** `2003`, `2020-07` or `2020-10-01`: an ISO 8601 date at year, month or day precision. */
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** Source links are kept only for the web (the gate also keeps mailto:, which is no source to cite). */
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);
/** The most entries read from a partner's array (the gate's limit for lists), so a huge sparse array is cheap. */
const MAX_MILESTONES = 1000;

/** The outcome of `acceptMilestones`. */
export interface AcceptedMilestones {
  /** The gate's clean, frozen copies of the valid entries in input order; undefined when the input is not an array. */
  milestones: Milestone[] | undefined;
  /** What was skipped or dropped, for a single console warning; empty when all was fine. */
  problems: string[];
}

/**
 * Checks a partner's milestones one entry at a time through the data gate (`acceptClusterData`, so the
 * rules are the schema's: an object with a `date` string, a `title` with `da` and `en` strings and a
 * `sources` array; unsafe URLs are dropped), then requires an ISO 8601 `date` and reports sources that are
 * not http(s), which `renderTimeline` leaves out. A bad entry is skipped, not the whole list. Strings stay
 * strings (rendered as text). Never throws, never logs.
 */
export function acceptMilestones(input: unknown): AcceptedMilestones {
  const milestones: Milestone[] = [];
  const skipped: (number | string)[] = [];
  const dropped: number[] = [];
  let index = 0;
  try {
    if (!Array.isArray(input)) return { milestones: undefined, problems: ['milestones must be an array.'] };
    const count = Math.min(input.length, MAX_MILESTONES);
    for (; index < count; index++) {
      const result = acceptClusterData({ clusters: [], milestones: [input[index]] });
      const entry = result.ok ? result.data.milestones?.[0] : undefined;
      if (!entry || !ISO_DATE.test(entry.date)) {
        skipped.push(index);
        continue;
      }
      // The gate dropped unsafe URLs (its warnings); renderTimeline shows web URLs only (not mailto:).
      if (result.warnings.length > 0 || !entry.sources.every(isWebUrl)) dropped.push(index);
      milestones.push(entry);
    }
    if (input.length > count) skipped.push(`${count}…`);
  } catch {
    // A hostile array (a throwing getter on `length` or an index): keep what was read, skip the rest.
    skipped.push(`${index}…`);
  }
  const problems: string[] = [];
  if (skipped.length > 0) {
    const needs = 'each needs an ISO date, a title in da and en, and sources';
    problems.push(`skipped milestones ${skipped.join(', ')} (${needs}).`);
  }
  if (dropped.length > 0) problems.push(`dropped non-http(s) sources of milestones ${dropped.join(', ')}.`);
  return { milestones, problems };
}

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
      ${horizontal
        ? html`<div class="scroller" part="scroller" tabindex="0" role="region" aria-labelledby="timeline-title">
            ${list}
          </div>`
        : html`<div class="scroller" part="scroller">${list}</div>`}
    </div>`;
}
