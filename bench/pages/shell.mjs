/**
 * The one HTML shell of every timed page (the static baseline, the vanilla-DOM baseline, the list, the map,
 * the scale and lifecycle pages): same doctype, language, viewport, body font and margins, so pages differ
 * only in what is measured.
 */
export function pageShell({ title, body }) {
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body { margin: 1em; font: 16px/1.5 system-ui, sans-serif; color: #1b1b1f; background: #fff; }</style>
</head>
<body>
${body}
</body>
</html>
`;
}
