import { css } from 'lit';

/**
 * `<cluster-about>` on top of `hostStyles`: prose that takes the partner's font, size and line height.
 * Paragraphs get no font size; only the headings (one size for every level: the level is structure, the
 * look is ours), the dates and the small print are sized, in em.
 */
export const aboutStyles = css`
  .about {
    /* Long Danish compounds and host names must wrap at 320 px rather than overflow sideways. */
    overflow-wrap: break-word;
  }
  /* An explicit theme paints a surface (hostStyles); keep the text off its edge. */
  :host([theme='light']) .about,
  :host([theme='dark']) .about,
  :host([theme='auto']) .about {
    padding: var(--cluster-about-padding, 1em 1.125em);
  }
  .topic + .topic {
    margin-block-start: var(--cluster-about-gap, 2em);
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: var(--cluster-about-heading-size, 1.375em);
    line-height: 1.25;
  }
  .text,
  .list {
    margin: 0 0 0.75em;
  }
  .list {
    padding-inline-start: 1.25em;
  }
  .timeline {
    padding-inline-start: 1em;
    border-inline-start: 2px solid var(--_line);
    list-style: none;
  }
  .date {
    display: block;
    font-weight: 600;
  }
  .uncertain {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px dashed var(--_line);
    border-radius: 1em;
    font-size: 0.8125em;
    font-style: italic;
    line-height: 1.6;
    white-space: nowrap;
  }
  .sources-label {
    margin: 0.75em 0 0.25em;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .sources {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  a {
    color: var(--_accent);
  }
`;
