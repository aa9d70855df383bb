import { html, type TemplateResult } from 'lit';

/**
 * A real `<h1>`…`<h6>` for a level from `heading-level`. Six literal templates instead of
 * `lit/static-html`: smaller, and nothing dynamic ever reaches a tag name.
 */
export function heading(level: number, className: string, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class=${className} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${part}>${content}</h2>`;
    case 4:
      return html`<h4 class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className} part=${part}>${content}</h6>`;
    default:
      return html`<h3 class=${className} part=${part}>${content}</h3>`;
  }
}
