/**
 * A Vite plugin that shrinks the CSS inside Lit's css`…` templates: comments go, whitespace collapses,
 * and the spaces around { } ; , disappear, as does the space in a declaration's `name: value`. Spaces
 * before a selector's `:` stay (`.a :hover` and `.a:hover` differ). Templates with `${…}` are left alone.
 */
const CSS_TEMPLATE = /\bcss`([^`$]*)`/g;

export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    // A declaration's "name: value" (after `{` or `;`, where selectors never start with a bare name).
    .replace(/([{;])([-\w]+) ?: ?/g, '$1$2:')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyLitCss() {
  return {
    name: 'minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/') || !/\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_, body) => `css\`${minifyCssText(body)}\``), map: null };
    },
  };
}
