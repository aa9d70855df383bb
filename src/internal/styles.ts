import { css } from 'lit';

/**
 * Host resets and theme tokens shared by every element. Sizes in em (partners set `html { font-size:
 * 62.5% }`), font inherited. Private `--_x` properties are derived once here from the public
 * `--cluster-x` ones, so every public property has its fallback in one place.
 *
 * Themes: absent = inherit (text colour inherited, surfaces transparent, lines from currentColor, accents
 * by `light-dark()` following the inherited `color-scheme`); `light` / `dark` set everything explicitly;
 * `auto` follows `prefers-color-scheme`.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-inline-size: min(100%, 18em);
    font: inherit;
    color: var(--cluster-text, inherit);
    /* Danish and English run left to right, also on a right-to-left page: inherited rtl would move
       sentence ends, label colons and day numbers ("May 2018 24") to the wrong side. */
    direction: ltr;
    text-align: start;
    --_surface: var(--cluster-surface, transparent);
    --_accent: var(--cluster-accent, light-dark(#0a57a4, #9cc9ff));
    --_line: var(--cluster-border-color, color-mix(in srgb, currentColor 28%, transparent));
    --_tint: var(--cluster-tint, color-mix(in srgb, currentColor 7%, transparent));
    --_muted: var(--cluster-muted-text, color-mix(in srgb, currentColor 80%, transparent));
    --_radius: var(--cluster-radius, 0.5em);
    --_gap: var(--cluster-gap, 1em);
    --_focus: var(--cluster-focus-color, light-dark(#0a57a4, #9cc9ff));
  }
  :host([theme='light']) {
    color-scheme: light;
    color: var(--cluster-text, #1b1b1f);
    --_surface: var(--cluster-surface, #ffffff);
  }
  :host([theme='dark']) {
    color-scheme: dark;
    color: var(--cluster-text, #ececf1);
    --_surface: var(--cluster-surface, #17181c);
  }
  :host([theme='auto']) {
    color-scheme: light dark;
    color: var(--cluster-text, light-dark(#1b1b1f, #ececf1));
    --_surface: var(--cluster-surface, light-dark(#ffffff, #17181c));
  }
  /* An explicit theme paints its own surface: text set for it must not fall on the partner's background. */
  :host([theme='light']),
  :host([theme='dark']),
  :host([theme='auto']) {
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
