/**
 * The vanilla-DOM baseline of the first-render benchmark: the list of the 14 clusters written by hand with
 * `document.createElement`, no framework, no validation of the (trusted, bundled) JSON. It renders the same
 * markup as `<cluster-list>` in Danish — the filter form, the count and the 14 full cards with the same
 * classes, parts and texts — into a shadow root that adopts the same style sheet (bench/baselines/list.css,
 * captured from the element by make-static.mjs), so the browser does the same style, layout and paint work.
 * Its controls work (search, area, region, status, sort re-render the cards), so it is a real list, not a
 * picture of one; it is a benchmark baseline, not a second implementation to maintain.
 */
import css from './list.css';

const TEXT = {
  filters: 'Filtrér klynger', search: 'Søg', area: 'Styrkeposition', allAreas: 'Alle styrkepositioner',
  region: 'Region', allRegions: 'Alle regioner', status: 'Status', sort: 'Sortér efter',
  headOffice: 'Hovedkontor', plannedHeadOffice: 'Planlagt hovedkontor', founded: 'Stiftet', website: 'Hjemmeside',
  websiteDefunct: 'ikke længere aktiv', unknown: 'ukendt', uncertain: 'usikker', uncertainLabel: 'usikker oplysning',
  ceased: 'Ophørt', programme2025: 'Klyngeprogram 2025–2028', focus: 'Fokus', sources: 'Kilder', areaUnknown: 'Styrkeposition ukendt',
  programme: { confirmed: 'bekræftet', 'reported-out': 'ikke med', conflicting: 'modstridende oplysninger', unknown: 'ukendt' },
};
const STATUSES = [['all', 'Alle'], ['active', 'Aktive'], ['ceased', 'Ophørte']];
const SORTS = [['name', 'Navn'], ['area', 'Styrkeposition'], ['region', 'Region']];
const collator = new Intl.Collator('da', { numeric: true });
const months = new Intl.DateTimeFormat('da-DK', { year: 'numeric', month: 'long', timeZone: 'UTC' });
const days = new Intl.DateTimeFormat('da-DK', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** An element with attributes and children (strings become text nodes: data is never parsed as markup). */
function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) if (value !== undefined) element.setAttribute(name, value);
  element.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

function date(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  if (!month) return String(year);
  return (day ? days : months).format(new Date(Date.UTC(year, month - 1, day || 1)));
}

function host(url) {
  const name = new URL(url).hostname;
  return name.startsWith('www.') ? name.slice(4) : name;
}

function fold(text) {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/aa|ae|oe|[æø]/g, (s) => ({ aa: 'a', ae: 'a', oe: 'o', æ: 'a', ø: 'o' })[s]);
}

function card(cluster, names) {
  const uncertain = (field) => cluster.uncertain?.includes(field)
    ? [' ', h('span', { class: 'uncertain', part: 'uncertain', title: TEXT.uncertainLabel }, TEXT.uncertain)]
    : [];
  const unknown = () => h('span', { class: 'unknown' }, TEXT.unknown);
  const fact = (label, ...value) => h('div', { class: 'fact' }, h('dt', null, label), h('dd', null, ...value));
  const office = cluster.locations?.find((l) => l.role === 'head-office') ?? cluster.locations?.find((l) => l.role === 'planned-head-office');
  const ceased = cluster.status?.state === 'ceased';
  const programme = cluster.programmes?.['2025-2028'];
  const website = !cluster.website
    ? [unknown()]
    : cluster.websiteLive === false
      ? [host(cluster.website), ' ', h('span', { class: 'note' }, `(${TEXT.websiteDefunct})`)]
      : [h('a', { part: 'link', rel: 'noopener', href: cluster.website }, host(cluster.website))];
  const focus = cluster.focus?.da ?? [];
  const sources = cluster.sources ?? [];
  return h('article', { part: 'card', class: `card full${ceased ? ' ceased' : ''}` },
    h('div', { class: 'top' },
      h('p', { class: 'area', part: 'area' }, cluster.area ? names.areas.get(cluster.area) ?? cluster.area : TEXT.areaUnknown, uncertain('area')),
      ceased && h('span', { class: 'badge', part: 'badge' }, cluster.status.since ? `${TEXT.ceased} ${date(cluster.status.since)}` : TEXT.ceased)),
    h('h2', { class: 'name', part: 'name' },
      h('button', { type: 'button', class: 'activate', part: 'activate', 'aria-current': 'false' }, cluster.name)),
    cluster.description?.da && h('p', { class: 'description', part: 'description' }, cluster.description.da),
    h('dl', { class: 'facts', part: 'facts' },
      fact(office?.role === 'planned-head-office' ? TEXT.plannedHeadOffice : TEXT.headOffice,
        ...(office ? [office.city, cluster.region ? `, ${names.regions.get(cluster.region)}` : '', ...uncertain('locations')] : [unknown()])),
      fact(TEXT.founded, cluster.founded ? date(cluster.founded) : unknown(), ...uncertain('founded')),
      programme && fact(TEXT.programme2025, TEXT.programme[programme], ...uncertain('programmes')),
      fact(TEXT.website, ...website, ...uncertain('website'))),
    focus.length > 0 && h('ul', { class: 'focus', part: 'focus', 'aria-label': TEXT.focus }, focus.map((item) => h('li', null, item))),
    sources.length > 0 && h('details', { class: 'sources', part: 'sources' },
      h('summary', null, `${TEXT.sources} (${sources.length})`),
      h('ul', null, sources.map((url) => h('li', null, h('a', { rel: 'noopener', href: url }, host(url)))))));
}

function select(label, entries, onChange) {
  const control = h('select', { part: 'select' }, entries.map(([value, text], i) => h('option', { value, selected: i === 0 ? '' : undefined }, text)));
  control.addEventListener('change', onChange);
  return h('label', { class: 'field', part: 'field' }, h('span', null, label), control);
}

/** Renders the list into `hostElement`'s (new) shadow root; returns the card elements. */
export function renderVanillaList(hostElement, data) {
  const root = hostElement.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  const names = {
    areas: new Map(data.strengthAreas.map((a) => [a.id, a.name.da])),
    regions: new Map(data.regions.map((r) => [r.id, r.name.da])),
  };
  const haystacks = new Map(data.clusters.map((c) => [c, fold([c.name, c.description?.da, c.description?.en, ...(c.focus?.da ?? [])].join('\n'))]));
  const state = { query: '', area: '', region: '', status: 'all', sort: 'name' };
  const set = (key) => (event) => {
    state[key] = event.target.value;
    update();
  };
  const search = h('input', { type: 'search', part: 'input', autocomplete: 'off' });
  search.addEventListener('input', set('query'));
  const areaEntries = [...names.areas].sort((a, b) => collator.compare(a[1], b[1]));
  const count = h('p', { class: 'count', part: 'count' });
  const list = h('ul', { part: 'cards', class: 'cards grid', 'aria-busy': 'false' });
  root.append(h('div', { class: 'wrapper' },
    h('form', { class: 'filters', part: 'filters', role: 'search', 'aria-label': TEXT.filters },
      h('label', { class: 'field search', part: 'field' }, h('span', null, TEXT.search), search),
      select(TEXT.area, [['', TEXT.allAreas], ...areaEntries], set('area')),
      select(TEXT.region, [['', TEXT.allRegions], ...names.regions], set('region')),
      select(TEXT.status, STATUSES, set('status')),
      select(TEXT.sort, SORTS, set('sort'))),
    h('div', { class: 'bar', role: 'status' }, count),
    list));

  function update() {
    const words = fold(state.query).split(/\s+/).filter(Boolean);
    const group = (c) => (state.sort === 'area' ? names.areas.get(c.area) : state.sort === 'region' ? names.regions.get(c.region) : '') ?? '\uffff';
    const shown = data.clusters
      .filter((c) => words.every((w) => haystacks.get(c).includes(w)))
      .filter((c) => (!state.area || c.area === state.area) && (!state.region || c.region === state.region))
      .filter((c) => state.status === 'all' || (c.status?.state === 'ceased') === (state.status === 'ceased'))
      .sort((a, b) => Number(a.status?.state === 'ceased') - Number(b.status?.state === 'ceased') ||
        collator.compare(group(a), group(b)) || collator.compare(a.name, b.name));
    count.textContent = `${shown.length} ${shown.length === 1 ? 'klynge' : 'klynger'}`;
    list.replaceChildren(...shown.map((c, i) => h('li', { 'aria-setsize': shown.length, 'aria-posinset': i + 1 }, card(c, names))));
  }
  update();
  return root.querySelectorAll('article.card');
}
