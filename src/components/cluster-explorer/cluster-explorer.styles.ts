import { css } from 'lit';

/**
 * Styles of `<cluster-explorer>` beyond the shared list, card and map styles: the header with its key
 * figures, the two panes (map and list side by side from 720px of container width, the map staying in
 * view while the list scrolls), and the detail dialog, opaque in the top layer like the map's labels.
 */
export const explorerStyles = css`
  .header {
    display: grid;
    gap: 0.5em;
  }
  .title {
    margin: 0;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .figures strong {
    display: block;
    font-size: 1.75em;
    line-height: 1.1;
  }
  .as-of {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .header.loading > :not(.title) {
    visibility: hidden;
  }
  .panes {
    display: grid;
    gap: 1em;
  }
  .list-pane {
    display: grid;
    gap: 0.75em;
  }
  @container (min-width: 720px) {
    .panes {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      align-items: start;
    }
    .map-pane {
      position: sticky;
      top: 0;
    }
  }
  dialog {
    box-sizing: border-box;
    inline-size: min(40em, 100% - 2em);
    max-block-size: calc(100% - 2em);
    padding: 1em 1.5em 1.5em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--cluster-detail-surface, var(--_paper));
    color: var(--_ink);
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: #0009;
  }
  .close {
    float: inline-end;
    margin: 0 0 0.5em 0.5em;
  }
  dialog .name {
    margin: 0.25em 0 0.5em;
  }
  dialog .section-title {
    margin: 1em 0 0.25em;
    font-size: 1em;
  }
  dialog ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
`;
