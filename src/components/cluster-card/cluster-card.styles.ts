import { css } from 'lit';

/**
 * What only the standalone card needs on top of the shared card styles. The host is no size container:
 * containment would give it no width of its own in an inline-block, float or auto grid column.
 */
export const cardHostStyles = css`
  .data-error {
    margin: 0.5em 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
`;
