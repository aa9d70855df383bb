import { css } from 'lit';

/** Styles of the filter controls and the card grid, shared by the list and the explorer. */
export const listStyles = css`
  /* A size container (the explorer's two panes) has no content width: in an inline-block, float or auto
     grid column it takes the intrinsic width given here, DESIGN.md's minimum, instead of collapsing to 0. */
  .wrapper {
    container-type: inline-size;
    contain-intrinsic-inline-size: 18em;
    display: grid;
    gap: 0.75em;
  }
  :host([theme='light']) .wrapper,
  :host([theme='dark']) .wrapper,
  :host([theme='auto']) .wrapper {
    padding: 1em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: end;
    margin: 0;
  }
  .field {
    display: grid;
    gap: 0.25em;
    flex: 1 1 10em;
    min-inline-size: 0;
    font-size: 0.9375em;
    font-weight: 600;
  }
  .field.search {
    flex: 2 1 14em;
  }
  .field input,
  .field select {
    inline-size: 100%;
    min-block-size: 2.5em;
    padding: 0.375em 0.625em;
    border: 1px solid color-mix(in srgb, currentColor 60%, transparent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--cluster-input-surface, var(--_surface));
    color: inherit;
    font: inherit;
    font-weight: 400;
  }
  .field select option {
    background: Canvas;
    color: CanvasText;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: baseline;
    justify-content: space-between;
  }
  .count {
    margin: 0;
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .cards {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--cluster-card-min-width, 17em)), 1fr));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards.list {
    grid-template-columns: minmax(0, 1fr);
  }
  .cards > li {
    min-inline-size: 0;
  }
  .cards.windowed {
    box-sizing: border-box;
    align-content: start;
    grid-auto-rows: var(--cluster-row-height, 10em);
    padding-block-start: var(--_before, 0);
    min-block-size: var(--_height, auto);
    /* Rows leave and the spacer grows in one step: scroll anchoring must not "correct" the scroll position. */
    overflow-anchor: none;
  }
  .cards.windowed .card {
    overflow: hidden;
  }
  .cards.loading .card > * {
    visibility: hidden;
  }
  .cards.loading .card {
    background: var(--_tint);
    cursor: progress;
  }
  .empty {
    display: grid;
    justify-items: start;
    gap: 0.75em;
    padding: 1.5em;
    border: 1px dashed var(--_line);
    border-radius: var(--_radius);
  }
  .empty p {
    margin: 0;
  }
  .button {
    min-block-size: 2.5em;
    padding: 0.375em 1em;
    border: 1px solid currentColor;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_tint);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .button:hover {
    background: color-mix(in srgb, currentColor 14%, transparent);
  }
  .data-error {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
