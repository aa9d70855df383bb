/**
 * Hostile strings for the bad-data corpus. Every script payload tries to change the page-global canary
 * `window.__canary` (the page sets it to 0 and the tests require it to stay 0); every markup payload that could
 * fetch something names a host under `evil.example`, so a request the data caused is recognisable.
 * Plain data, no logic: the generators and the hand-written cases draw from these lists.
 */

/** The host every payload points at. Nothing may ever request it. */
export const EVIL_HOST = 'evil.example';

/** Markup, script and template payloads: each must render as the same text, never as an element or code. */
export const MARKUP_PAYLOADS = [
  '<img src=x onerror="__canary++">',
  '<img src="https://evil.example/pixel.gif" onerror="__canary++">',
  '<script>__canary++</script>',
  '<svg onload="__canary++"></svg>',
  '<svg><script>__canary++</script></svg>',
  '<iframe srcdoc="<script>parent.__canary++</script>"></iframe>',
  '"><img src=x onerror=__canary++>',
  "'><svg/onload=__canary++>",
  '</li></ul><img src=x onerror=__canary++>',
  '</textarea></title></style><script>__canary++</script>',
  '<a href="javascript:__canary++">click</a>',
  '<details open ontoggle="__canary++">',
  '<body onload="__canary++">',
  '<input autofocus onfocus="__canary++">',
  '<object data="javascript:__canary++"></object>',
  '<embed src="javascript:__canary++">',
  '<meta http-equiv="refresh" content="0;url=javascript:__canary++">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<style>@import "https://evil.example/x.css"; *{background:url(https://evil.example/bg.png)}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__canary++>',
  '<noscript><p title="</noscript><img src=x onerror=__canary++>">',
  '<!--<img src=x onerror=__canary++>-->',
  '--><img src=x onerror=__canary++>',
  '<!--?lit$1234567$--><script>__canary++</script>',
  'lit$1234567$',
  '<?lit$1234567$>',
  '{{constructor.constructor("__canary++")()}}',
  '${__canary++}',
  '<%= __canary++ %>',
  '#{__canary++}',
  '[[__canary++]]',
  'javascript:__canary++',
  'data:text/html,<script>__canary++</script>',
  'url(https://evil.example/bg.png)',
  '&lt;script&gt;__canary++&lt;/script&gt;',
  '&#60;img src=x onerror=__canary++&#62;',
  '\u202egnp.exe',
  'zero\u200bwidth\u200djoiner\ufeff',
  'nul\u0000byte',
  'line\u2028sep\u2029para',
  'lone \ud800 surrogate',
  '🇩🇰 Ærø Ø å',
];

/**
 * URLs the gate must drop: schemes other than https:, http: and mailto:, obfuscated by case, white space and
 * control characters, and strings that are not absolute URLs (they would resolve against the partner's page).
 */
export const UNSAFE_URLS = [
  'javascript:__canary++',
  'JAVASCRIPT:__canary++',
  'JaVaScRiPt:__canary++',
  ' javascript:__canary++',
  '\tjavascript:__canary++',
  '\njavascript:__canary++',
  'java\tscript:__canary++',
  'java\nscript:__canary++',
  'java\rscript:__canary++',
  '\u0000javascript:__canary++',
  '\u0001\u001fjavascript:__canary++\u0001',
  '\u00a0javascript:__canary++',
  'javascript://%0a__canary++',
  'javascript:/*https://example.dk*/__canary++',
  '&#106;avascript:__canary++',
  'jav&#x09;ascript:__canary++',
  'ｊａｖａｓｃｒｉｐｔ:__canary++',
  'data:text/html,<script>__canary++</script>',
  'data:text/html;base64,PHNjcmlwdD5fX2NhbmFyeSsrPC9zY3JpcHQ+',
  ' DATA:text/html,<script>__canary++</script>',
  'vbscript:msgbox(1)',
  'VBScript:__canary++',
  'file:///etc/passwd',
  'blob:https://evil.example/0d6a',
  'ftp://evil.example/x',
  'ws://evil.example/socket',
  'about:blank',
  '//evil.example/x',
  '/relative/path',
  'evil.example',
  '?q=javascript:__canary++',
  '#__canary',
  '',
  '   ',
];

/** Absolute https:/http:/mailto: URLs: kept as links (never fetched) even though they point somewhere odd. */
export const SAFE_DATA_URLS = [
  'https://evil.example/',
  'http://evil.example/path?q=<script>__canary++</script>',
  'https://evil.example/"><img src=x onerror=__canary++>',
  '  https://evil.example/padded  ',
  'mailto:someone@evil.example?subject=<script>__canary++</script>',
  'HTTPS://EVIL.EXAMPLE/UPPER',
];

/** Keys that reach prototypes when a careless reader copies or merges objects. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Strings that name members of Object.prototype: as ids, cities or areas they must stay plain text. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

/** A value to hang under a prototype key: if any of it reaches Object.prototype, the pollution check sees it. */
export function pollution(tag) {
  return { polluted: tag, website: 'javascript:__canary++', name: `<img src=x onerror=__canary++>${tag}`, id: tag };
}
