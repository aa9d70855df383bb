/** The embed configurator's look: form beside snippet when there is room, preview full width below. */
import { css } from 'lit';

export const configuratorStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-inline-size: min(100%, 18em);
    --line: color-mix(in srgb, currentColor 35%, transparent);
    --tint: color-mix(in srgb, currentColor 7%, transparent);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  h2 {
    font-size: 1.25em;
    margin: 1.25em 0 0.5em;
  }
  /* The form beside the snippet when there is room (the snippet stays in view while choosing), stacked when
     not; the preview below, full width (the explorer and the map need it). */
  .top {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr));
    gap: 1em 2em;
    align-items: start;
  }
  .output {
    position: sticky;
    top: 0;
    min-inline-size: 0;
  }
  .output > h2 {
    margin-top: 0;
  }
  form {
    display: grid;
    gap: 1em;
  }
  fieldset {
    margin: 0;
    border: 1px solid var(--line);
    border-radius: 0.5em;
    padding: 0.75em 1em 1em;
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: 0.75em 1em;
    align-items: start;
  }
  .field {
    display: grid;
    gap: 0.25em;
    min-inline-size: 0;
  }
  .field > label,
  .choice-legend {
    font-weight: 600;
  }
  .hint {
    font-size: 0.875em;
  }
  input[type='text'],
  input[type='number'],
  select {
    font: inherit;
    inline-size: 100%;
    min-block-size: 2.25em;
    padding: 0.25em 0.5em;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    border: 0;
    padding: 0;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 1.75em;
  }
  .check input {
    margin: 0;
    inline-size: 1.125em;
    block-size: 1.125em;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  pre {
    margin: 0;
    padding: 0.75em 1em;
    border: 1px solid var(--line);
    border-radius: 0.5em;
    background: var(--tint);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-start: 0.75em;
  }
  button {
    font: inherit;
    min-block-size: 2.25em;
    padding: 0.25em 1em;
    cursor: pointer;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }
  .note {
    margin: 0.5em 0 0;
  }
  .preview {
    border: 1px dashed var(--line);
    border-radius: 0.5em;
    padding: 1em;
    min-inline-size: 0;
  }
`;
