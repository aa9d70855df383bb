import { css } from 'lit';

/**
 * Styles of the timeline markup from `renderTimeline`. Vertical by default: a line down the inline start
 * with a dot per milestone. `.horizontal` turns it into a strip that scrolls inside itself, but only when
 * the wrapper (the query container, never `:host`) is at least 40em wide; narrower, it stays vertical.
 * The dots are borders, so forced-colours mode keeps them.
 */
export const timelineStyles = css`
  /* An explicit theme paints a surface (hostStyles): keep the text off its edges. The space is padding
     of the two inner boxes, not of the host: a page's "* { padding: 0 }" (Tailwind's preflight) wins
     over :host rules and would put the text on the surface's edge. */
  :host {
    --_p: 0;
  }
  :host([theme='light']),
  :host([theme='dark']),
  :host([theme='auto']) {
    --_p: 1em;
  }
  .title {
    margin: 0 0 0.75em;
    padding: var(--_p) var(--_p) 0;
    font-size: 1.25em;
    line-height: 1.25;
  }
  /* A size container: without an intrinsic width it would collapse in an inline-block or float. */
  .wrap {
    container-type: inline-size;
    contain-intrinsic-inline-size: 18em;
    padding: 0 var(--_p) var(--_p);
  }
  ol {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  li {
    position: relative;
    display: grid;
    align-content: start;
    justify-items: start;
    gap: 0.125em;
    margin-inline-start: 0.375em;
    padding: 0 0 1.25em 1.25em;
    border-inline-start: 2px solid var(--_line);
  }
  li::before {
    content: '';
    position: absolute;
    inset-block-start: 0.35em;
    inset-inline-start: calc(-0.375em - 1px);
    border: 0.375em solid var(--_accent);
    border-radius: 50%;
  }
  time {
    font-weight: 600;
  }
  a {
    font-size: 0.875em;
    color: var(--_accent);
  }
  @container (min-width: 40em) {
    .horizontal .scroller {
      overflow-x: auto;
      padding: 0.375em 0.375em 0.75em;
    }
    .horizontal ol {
      grid-auto-flow: column;
      grid-auto-columns: var(--cluster-timeline-item-width, 15em);
    }
    .horizontal li {
      margin: 0.375em 0 0;
      padding: 1em 1.25em 0 0;
      border: 0;
      border-block-start: 2px solid var(--_line);
    }
    .horizontal li::before {
      inset-block-start: calc(-0.375em - 1px);
      inset-inline-start: 0;
    }
  }
`;
