/**
 * `danish-clusters/hydrate.js`, the opt-in entry for pages rendered on the server with @lit-labs/ssr:
 * Lit's hydration support, which must be evaluated before Lit's element base class. Import it first, then
 * the elements, so they take over their declarative shadow roots instead of rendering again:
 *
 *     import 'danish-clusters/hydrate.js';
 *     import 'danish-clusters/all.js';
 *
 * Not part of the CDN bundle (DESIGN.md).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
