import { css } from 'lit';

/**
 * Styles of the map (`<cluster-map>` and the explorer's map), kept small for the byte budget. Private
 * tokens: `--_paper` / `--_ink`, the opaque surface and text of markers and overlays (under theme absent
 * the page's colours are unknown, so they follow the inherited `color-scheme`); `--_s`, the hit target
 * (never under 24px); `--_m`, a marker's colour. No transitions or animations, so nothing moves under
 * prefers-reduced-motion.
 */
export const mapStyles = css`
  :host {
    --_paper: light-dark(#fff, #17181c);
    --_ink: light-dark(#1b1b1f, #ececf1);
  }
  .box {
    position: relative;
  }
  svg {
    display: block;
    fill: none;
    stroke: var(--_line);
  }
  svg * {
    vector-effect: non-scaling-stroke;
  }
  [part=land] {
    fill: var(--cluster-map-land, color-mix(in srgb, currentColor 9%, transparent));
  }
  [part=region] {
    fill: var(--cluster-map-region-shade, var(--_accent));
    stroke: none;
  }
  [part=borders] {
    stroke-dasharray: 4 3;
  }
  .pin {
    --_m: var(--cluster-map-marker, var(--_accent));
    --_s: max(24px, var(--cluster-map-marker-size, 24px));
    position: absolute;
    translate: -50% -50%;
    width: var(--_s);
    height: var(--_s);
    padding: 0;
    border: 2px solid var(--_paper);
    border-radius: 50%;
    background: var(--_m);
    color: var(--_paper);
    box-shadow: 0 1px 3px #0007;
    font: inherit;
    font-size: 12px;
  }
  .u {
    border: 2px dashed var(--_m);
    background: var(--_paper);
  }
  .loading .pin,
  .loading ~ [part=legend] {
    visibility: hidden;
  }
  .pin[data-dim] {
    --_m: var(--_muted);
    border-color: var(--_m);
    background: var(--_paper);
    color: var(--_ink);
  }
  .pin[aria-current=true] {
    --_m: light-dark(#b3261e, #ffb4ab);
    box-shadow: 0 0 0 4px var(--_m);
  }
  .pop {
    position: absolute;
    inset: auto;
    margin: 0;
    max-width: 18em;
    padding: .5em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_paper);
    color: var(--_ink);
    box-shadow: 0 2px 9px #0005;
    white-space: pre-line;
  }
  .pop button {
    display: block;
    width: 100%;
    padding: .25em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
  }
  .pop::first-line,
  .pop ::first-line {
    font-weight: 700;
  }
  button {
    cursor: pointer;
  }
  [part=legend] p,
  [part=notice] {
    margin: .25em 0;
    color: var(--_muted);
    font-size: .875em;
  }
  /* Forced colours: the system colours markers (ButtonFace, ButtonText borders, dashed kept); the
     selected one is Highlight. */
  @media (forced-colors: active) {
    .pin[aria-current=true] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
