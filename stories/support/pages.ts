import { html, type TemplateResult } from 'lit';

/**
 * The same content on a light page and on a dark page, side by side, whatever the toolbar's page is:
 * the theme stories of every element show both at once. `content` is called once per page, so each page
 * gets its own element.
 */
export function onBothPages(content: () => TemplateResult): TemplateResult {
  const page = (scheme: 'light' | 'dark') =>
    html`<div class="sb-page" data-theme=${scheme}>
      <p class="sb-label">${scheme === 'light' ? 'Lys side / light page' : 'Mørk side / dark page'}</p>
      ${content()}
    </div>`;
  return html`<div class="sb-side-by-side">${page('light')}${page('dark')}</div>`;
}
