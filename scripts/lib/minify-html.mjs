/**
 * A Vite plugin that shrinks the markup inside Lit's html`…` and svg`…` templates: every run of
 * whitespace that holds a line break becomes one space (HTML renders both the same outside `<pre>` and
 * `<textarea>`, which no template of ours uses), and such runs at a template's very start and end go.
 * The source keeps readable indentation; partners do not download it.
 *
 * Templates are found with the TypeScript parser, not a regular expression, so nested templates,
 * `${…}` expressions and strings that merely contain "html`" are handled exactly.
 */
import ts from 'typescript';

const TAGS = new Set(['html', 'svg']);
const LINE_BREAK_RUN = /\s*\n\s*/g;

/** The edits for one template literal: [start, end, replacement] over the source text. */
function templateEdits(template, source) {
  const pieces = ts.isNoSubstitutionTemplateLiteral(template)
    ? [template]
    : [template.head, ...template.templateSpans.map((span) => span.literal)];
  const edits = [];
  pieces.forEach((piece, index) => {
    // The literal's text sits between its delimiters: ` or } before, ${ or ` after.
    const start = piece.getStart() + 1;
    const end = piece.getEnd() - (ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1);
    const raw = source.slice(start, end);
    let text = raw.replace(LINE_BREAK_RUN, ' ');
    if (index === 0 && /^\s*\n/.test(raw)) text = text.slice(1);
    if (index === pieces.length - 1 && /\n\s*$/.test(raw)) text = text.slice(0, -1);
    if (text !== raw) edits.push([start, end, text]);
  });
  return edits;
}

/** The source with its html`…`/svg`…` templates' line-break whitespace collapsed. */
export function minifyHtmlTemplates(source, fileName = 'module.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      edits.push(...templateEdits(node.template, source));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  edits.sort((a, b) => b[0] - a[0]);
  let result = source;
  for (const [start, end, text] of edits) result = result.slice(0, start) + text + result.slice(end);
  return result;
}

export function minifyLitHtml() {
  return {
    name: 'minify-lit-html',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/') || !/\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      return { code: minifyHtmlTemplates(code, id), map: null };
    },
  };
}
