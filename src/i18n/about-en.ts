import {
  CED_HISTORY,
  CED_WHAT,
  DEB_POOL,
  DEB_PROGRAMME,
  DFIR_BRIEF_55,
  DIGITALLEAD,
  MARLOG_BANKRUPT,
  MINISTER_ANSWER_2024,
  UFM_APPOINTMENT,
  UFM_REQUIREMENTS,
  type AboutText,
} from './about-strings.js';

/**
 * The about text in English: our own words for facts from the fact base and the seed page. Same blocks,
 * numbers, sources and marks as about-da.ts (test/node/about-text.test.mjs checks both).
 */
export const aboutEn: AboutText = {
  'what-is-a-cluster': {
    heading: 'What is a cluster?',
    paragraphs: [
      {
        text: 'A cluster is a group of companies in one business or technology field that develop it together with universities, public bodies, trade associations, investors and business-support organisations, tackling tasks no single company, authority or university could handle alone.',
        sources: [CED_WHAT],
      },
      {
        text: '“Denmark has 14 national clusters” was true from 2021 until MARLOG went bankrupt in spring 2022. Then there were 13; for 2025–2028, 11 cluster organisations receive funding.',
        sources: [UFM_APPOINTMENT, MARLOG_BANKRUPT, DFIR_BRIEF_55],
      },
      {
        text: 'The word “cluster” is not protected: many networks use it without belonging to the national, publicly funded system for innovation and business support.',
        sources: [CED_WHAT],
      },
    ],
  },
  'central-role': {
    heading: 'The clusters’ role in Danish business support',
    paragraphs: [
      {
        text: 'Within Denmark’s public business-support system, the national clusters link companies with research and education and drive the shift to new technology and sustainable solutions. In 2021–2024 they were funded jointly by the Ministry of Higher Education and Science (UFM) and the Danish Board of Business Development (DEB).',
        sources: [CED_WHAT, DEB_PROGRAMME],
      },
      {
        text: 'Since autumn 2024, DEB and the Danish Business Authority also manage UFM’s share of the funding, so one authority runs the programme.',
        sources: [MINISTER_ANSWER_2024],
      },
      {
        text: 'At their appointment in 2020 the clusters had about 60 locations nationwide, 14 in the capital; most head offices were elsewhere.',
        sources: [UFM_APPOINTMENT],
      },
    ],
  },
  'cluster-organisation': {
    heading: 'The cluster organisation',
    paragraphs: [
      {
        text: 'Each national cluster is run by a private cluster organisation. Starting from the companies’ needs, it creates innovation by connecting them with each other and with research, education, authorities, customers, entrepreneurs and investors.',
        sources: [CED_WHAT],
      },
      {
        text: 'As a neutral facilitator it gathers participants in joint activities and links them with partners in Denmark and abroad.',
        sources: [CED_WHAT],
      },
      {
        text: 'In 2020, UFM and DEB required a national cluster organisation to:',
        sources: [UFM_REQUIREMENTS],
      },
    ],
    list: [
      {
        text: 'be an independent, non-profit private legal entity with its own CVR number;',
        sources: [UFM_REQUIREMENTS],
      },
      {
        text: 'have a board on which private companies and public knowledge institutions both sit;',
        sources: [UFM_REQUIREMENTS],
      },
      {
        text: 'hold an ECEI gold label or have a plan to earn one.',
        sources: [UFM_REQUIREMENTS],
      },
    ],
  },
  history: {
    heading: 'History of the clusters',
    paragraphs: [
      {
        text: 'Before consolidation Denmark had roughly 40–60 publicly funded clusters and networks; the sources count differently.',
        sources: [CED_HISTORY, DEB_POOL],
        uncertain: true,
      },
    ],
    list: [
      {
        date: '2003',
        text: 'Regional growth environments, later technology centres, innovation networks and formal regional clusters.',
        sources: [CED_HISTORY],
      },
      {
        date: '2018',
        text: '18,058 companies join activities of the 38 most important clusters and networks, by Cluster Excellence Denmark’s count.',
        sources: [DIGITALLEAD],
      },
      {
        date: '2020-03-05',
        text: 'DEB’s strategy “Erhvervsfremme i Danmark 2020–2023” sets out the strongholds and emerging fields for the clusters.',
        sources: [CED_HISTORY],
      },
      {
        date: '2020-10-01',
        text: 'Minister Ane Halsboe-Jørgensen appoints 14 national clusters.',
        sources: [UFM_APPOINTMENT],
      },
      {
        date: '2021-01-01',
        text: 'Innovationskraft 2021–2024 begins: UFM and DEB each give DKK 80 million a year, about DKK 640 million in all.',
        sources: [DEB_PROGRAMME, CED_HISTORY],
      },
      {
        date: '2022-03',
        text: 'MARLOG, the maritime and logistics cluster, goes bankrupt, leaving 13.',
        sources: [MARLOG_BANKRUPT],
      },
      {
        date: '2025',
        text: 'DEB allocates DKK 662 million to 11 cluster organisations for 2025–2028; our sources do not name all 11.',
        sources: [DFIR_BRIEF_55],
      },
    ],
  },
};
