import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { milestones as bundledMilestones } from '../../data/index.js';
import { timelineStringsFor } from '../../i18n/timeline-strings.js';
import { enumValue } from '../../internal/attribute-values.js';
import { ClusterElement } from '../../internal/base-element.js';
import { hostStyles } from '../../internal/styles.js';
import { renderTimeline } from '../../render/timeline.js';
import { timelineStyles } from './cluster-timeline.styles.js';

/** Values of the timeline's `layout` attribute. */
export type TimelineLayout = 'vertical' | 'horizontal';
const LAYOUTS: readonly TimelineLayout[] = ['vertical', 'horizontal'];

/**
 * The milestones of Denmark's cluster programme, 2003 → today, as an ordered list in date order: each
 * with its date at its precision (a year, a month or a day), its title and its source, in Danish or
 * English from `lang`. Vertical by default; `layout="horizontal"` makes it a strip that scrolls inside
 * itself (focusable, arrow keys scroll) when the element is at least 40em wide, and vertical when narrower.
 * Light-DOM children are fallback content for visitors without JavaScript and for crawlers: shown until
 * the element is defined, then hidden by its shadow root.
 *
 * @tagname cluster-timeline
 * @summary The cluster programme's milestones from 2003 to today, in date order, with sources.
 *
 * @csspart heading - The "Tidslinje" / "Timeline" heading (its level from `heading-level`).
 * @csspart scroller - The box around the list; with `layout="horizontal"` on a wide element, the focusable
 *   region that scrolls sideways.
 * @csspart list - The ordered list (`<ol>`).
 * @csspart item - One milestone (`<li>`).
 * @csspart date - A milestone's date (`<time datetime>`).
 * @csspart text - A milestone's title.
 * @csspart source - A milestone's source link (its text is the host name).
 *
 * @cssproperty [--cluster-text=inherit] - Text colour (`theme="light"`: #1b1b1f, `dark`: #ececf1).
 * @cssproperty [--cluster-surface=transparent] - Background (`theme="light"`: #fff, `dark`: #17181c).
 * @cssproperty [--cluster-accent=light-dark(#0a57a4, #9cc9ff)] - Link and dot colour.
 * @cssproperty [--cluster-focus-color=light-dark(#0a57a4, #9cc9ff)] - Focus outline colour.
 * @cssproperty [--cluster-border-color=color-mix(in srgb, currentColor 28%, transparent)] - Colour of the line.
 * @cssproperty [--cluster-radius=0.5em] - Corner radius of the themed surface.
 * @cssproperty [--cluster-timeline-item-width=15em] - Width of a milestone in the horizontal layout.
 */
export class ClusterTimeline extends ClusterElement {
  static override styles = [hostStyles, timelineStyles];

  static override properties: PropertyDeclarations = {
    layout: { type: String, reflect: true },
  };

  /** `vertical` (default), or `horizontal`: a sideways-scrolling strip when the element is at least 40em wide. */
  declare layout: TimelineLayout | undefined;

  protected override render(): TemplateResult {
    // `lang`: the language in use, also where it is a fallback, so screen readers pronounce it right.
    return html`<div lang=${this.language}>${renderTimeline(bundledMilestones, this.language, timelineStringsFor(this.language), {
      headingLevel: this.resolvedHeadingLevel,
      horizontal: enumValue(this, 'layout', this.layout, LAYOUTS, 'vertical') === 'horizontal',
    })}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cluster-timeline': ClusterTimeline;
  }
}
