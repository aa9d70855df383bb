import { css } from 'lit';

/**
 * Styles of the card markup from `renderCard`, shared by every element that draws cards. Uses the
 * private tokens of `hostStyles` (src/internal/styles.ts).
 */
export const cardStyles = css`
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    block-size: 100%;
    padding: var(--cluster-card-padding, 1em 1.125em);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--cluster-card-surface, var(--_surface));
    color: inherit;
    line-height: 1.45;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .card:hover {
    border-color: color-mix(in srgb, currentColor 55%, transparent);
  }
  .card.selected {
    border-color: var(--_accent);
    box-shadow: 0 0 0 0.125em var(--_accent);
  }
  .card.ceased {
    border-style: dashed;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 0.75em;
  }
  .area {
    margin: 0;
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .badge,
  .uncertain {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 1em;
    font-size: 0.8125em;
    font-weight: 600;
    text-transform: none;
    letter-spacing: normal;
    line-height: 1.6;
    white-space: nowrap;
  }
  .badge {
    border: 1px solid currentColor;
    background: var(--_tint);
  }
  .uncertain {
    border: 1px dashed var(--_line);
    font-weight: 500;
    font-style: italic;
  }
  .name {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
  }
  .activate {
    all: unset;
    display: inline;
    font: inherit;
    color: inherit;
    cursor: pointer;
    text-decoration: underline;
    text-decoration-thickness: 0.06em;
    text-underline-offset: 0.2em;
  }
  .activate:hover {
    text-decoration-thickness: 0.12em;
  }
  .activate:focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
    border-radius: 0.125em;
  }
  .description {
    margin: 0;
  }
  .facts {
    display: grid;
    gap: 0.25em;
    margin: 0;
    font-size: 0.9375em;
  }
  .fact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  dt {
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  .unknown,
  .note {
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .focus {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .focus li {
    padding: 0.125em 0.625em;
    border-radius: 1em;
    background: var(--_tint);
  }
  .sources {
    font-size: 0.875em;
  }
  .sources summary {
    cursor: pointer;
    color: var(--_muted);
  }
  .sources ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .card.compact {
    gap: 0.375em;
    padding: var(--cluster-card-padding, 0.75em 0.875em);
  }
  .card.compact .name {
    font-size: 1.0625em;
  }
  .skeleton {
    min-block-size: var(--cluster-card-min-height, 16em);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  .skeleton.compact {
    min-block-size: var(--cluster-card-compact-min-height, 7em);
  }
  .notice {
    margin: 0;
    padding: 1em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    .card.selected {
      outline: 0.2em solid Highlight;
    }
    .badge,
    .uncertain,
    .focus li {
      border: 1px solid CanvasText;
    }
  }
`;
