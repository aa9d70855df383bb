import { css } from 'lit';

/** What only the standalone card needs on top of the shared card styles. */
export const cardHostStyles = css`
  :host {
    container-type: inline-size;
  }
  .data-error {
    margin: 0.5em 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
`;
