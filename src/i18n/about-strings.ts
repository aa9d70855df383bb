/**
 * The "what is a cluster" text of `<cluster-about>` is plain data, so the Node test can read it and check it
 * against the fact base (test/node/about-text.test.mjs). This module holds what both languages share: the
 * topics, the shape of the text and the sources. The prose is in about-da.ts and about-en.ts; both carry the
 * same blocks, with the same numbers, sources and uncertainty marks, in the same order.
 */

/** Values of `<cluster-about topic>`, in the order the element shows them. */
export const ABOUT_TOPICS = ['what-is-a-cluster', 'central-role', 'cluster-organisation', 'history'] as const;
export type AboutTopic = (typeof ABOUT_TOPICS)[number];

// Every page the text cites: https pages of the fact base (../shared/reference/). Within one topic no two
// share a host, so the host alone names each link. One constant each (not an object of named keys): the
// minifier shortens a constant's name, not an object's keys, and the CDN bundle's gzip budget is tight.
/** The seed page; the fact base lists it as "/hvad-er-en-klynge/" beside the CED history page. */
export const CED_WHAT = 'https://clusterexcellencedenmark.dk/de-danske-klynger/hvad-er-en-klynge/';
export const CED_HISTORY = 'https://clusterexcellencedenmark.dk/de-danske-klynger/klyngehistorie/';
export const DEB_PROGRAMME = 'https://erhvervsfremmebestyrelsen.dk/innovationskraft-danske-klynger-viden-og-erhverv-2021-2024';
export const DEB_POOL = 'https://regionalt.erhvervsstyrelsen.dk/pulje-med-35-mio-kr-til-klyngekonsolidering';
export const UFM_APPOINTMENT =
  'https://ufm.dk/aktuelt/pressemeddelelser/2020/ministre-glaeder-sig-over-fordeling-af-viden-og-erhvervsklynger-i-hele-landet';
export const UFM_REQUIREMENTS =
  'https://ufm.dk/aktuelt/nyheder/2020/uddannelses-og-forskningsministeriet-og-danmarks-erhvervsfremmebestyrelse-indleder-samarbejde-om-fremtidens-klyngeindsats';
/** The Business Minister's answer to UFU question 372 (2 Oct 2024), as the fact base cites it. */
export const MINISTER_ANSWER_2024 = 'https://polspy.org/dk/dokumenter/1121688';
export const DIGITALLEAD = 'https://digitallead.dk/viden/hvad-er-en-klynge/';
export const MARLOG_BANKRUPT = 'https://www.transportnyhederne.dk/?Id=74390';
export const DFIR_BRIEF_55 =
  'https://dfir.faellesweb.dk/english/dfirbriefs/2025/september/dfirbrief-55-the-new-cluster-programme-2025-2028';

/** Every source above, for the tests. */
export const ABOUT_SOURCES: readonly string[] = [
  CED_WHAT,
  CED_HISTORY,
  DEB_PROGRAMME,
  DEB_POOL,
  UFM_APPOINTMENT,
  UFM_REQUIREMENTS,
  MINISTER_ANSWER_2024,
  DIGITALLEAD,
  MARLOG_BANKRUPT,
  DFIR_BRIEF_55,
];

/** One paragraph or list item. Text is plain text, never markup. */
export interface AboutBlock {
  readonly text: string;
  /** The pages (https URLs, from the constants above) that back every fact in `text`. */
  readonly sources: readonly string[];
  /** A history item's date, ISO 8601 at its precision (`2003`, `2022-03`, `2020-10-01`), shown via Intl. */
  readonly date?: string;
  /** The fact base rates the fact medium or low, or its sources disagree: marked "usikker" / "uncertain". */
  readonly uncertain?: true;
}

/** One topic: a heading, paragraphs, then an optional list (a timeline when its items are dated). */
export interface AboutSection {
  readonly heading: string;
  readonly paragraphs: readonly AboutBlock[];
  readonly list?: readonly AboutBlock[];
}

export type AboutText = Readonly<Record<AboutTopic, AboutSection>>;

/** The URLs a section cites, each once, in order of first use. */
export function sectionSources(section: AboutSection): string[] {
  return [...new Set([...section.paragraphs, ...(section.list ?? [])].flatMap((block) => block.sources))];
}
