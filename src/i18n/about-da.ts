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
 * The about text in Danish: our own words for facts from the fact base and the seed page. Same blocks,
 * numbers, sources and marks as about-en.ts (test/node/about-text.test.mjs checks both).
 */
export const aboutDa: AboutText = {
  'what-is-a-cluster': {
    heading: 'Hvad er en klynge?',
    paragraphs: [
      {
        text: 'En klynge er en gruppe virksomheder inden for ét erhvervs- eller teknologiområde, som udvikler området sammen med universiteter, offentlige aktører, brancheorganisationer, investorer og erhvervsfremmeaktører og løser opgaver, som ingen enkelt virksomhed, myndighed eller universitet kunne klare alene.',
        sources: [CED_WHAT],
      },
      {
        text: '„Danmark har 14 nationale klynger“ var sandt fra 2021, til MARLOG gik konkurs i foråret 2022. Derefter var der 13; for 2025–2028 får 11 klyngeorganisationer støtte.',
        sources: [UFM_APPOINTMENT, MARLOG_BANKRUPT, DFIR_BRIEF_55],
      },
      {
        text: 'Ordet „klynge“ er ikke beskyttet: Mange netværk bruger det uden at høre til det nationale, offentligt finansierede system for innovation og erhvervsfremme.',
        sources: [CED_WHAT],
      },
    ],
  },
  'central-role': {
    heading: 'Klyngernes rolle i dansk erhvervsfremme',
    paragraphs: [
      {
        text: 'I det offentlige erhvervsfremmesystem forbinder de nationale klynger virksomheder med forskning og uddannelse og driver omstillingen til ny teknologi og bæredygtige løsninger. I 2021–2024 blev de finansieret i fællesskab af Uddannelses- og Forskningsministeriet (UFM) og Danmarks Erhvervsfremmebestyrelse (DEB).',
        sources: [CED_WHAT, DEB_PROGRAMME],
      },
      {
        text: 'Siden efteråret 2024 forvalter DEB og Erhvervsstyrelsen også UFM’s del af midlerne, så én myndighed styrer programmet.',
        sources: [MINISTER_ANSWER_2024],
      },
      {
        text: 'Ved udpegningen i 2020 havde klyngerne omkring 60 repræsentationer i hele landet, heraf 14 i hovedstaden; de fleste hovedkontorer lå andre steder.',
        sources: [UFM_APPOINTMENT],
      },
    ],
  },
  'cluster-organisation': {
    heading: 'Klyngeorganisationen',
    paragraphs: [
      {
        text: 'Hver national klynge drives af en privat klyngeorganisation. Med virksomhedernes behov som afsæt skaber den innovation ved at forbinde dem med hinanden og med forskning, uddannelse, myndigheder, kunder, iværksættere og investorer.',
        sources: [CED_WHAT],
      },
      {
        text: 'Som neutral facilitator samler den deltagerne om fælles aktiviteter og forbinder dem med partnere i Danmark og i udlandet.',
        sources: [CED_WHAT],
      },
      {
        text: 'I 2020 krævede UFM og DEB, at en national klyngeorganisation skulle:',
        sources: [UFM_REQUIREMENTS],
      },
    ],
    list: [
      {
        text: 'være en uafhængig, privat juridisk enhed uden profit for øje og med eget CVR-nummer;',
        sources: [UFM_REQUIREMENTS],
      },
      {
        text: 'have en bestyrelse, hvor både private virksomheder og offentlige videninstitutioner sidder;',
        sources: [UFM_REQUIREMENTS],
      },
      {
        text: 'have et ECEI-guldmærke eller en plan for at opnå det.',
        sources: [UFM_REQUIREMENTS],
      },
    ],
  },
  history: {
    heading: 'Klyngernes historie',
    paragraphs: [
      {
        text: 'Før konsolideringen havde Danmark omkring 40–60 offentligt finansierede klynger og netværk; kilderne tæller forskelligt.',
        sources: [CED_HISTORY, DEB_POOL],
        uncertain: true,
      },
    ],
    list: [
      {
        date: '2003',
        text: 'Regionale vækstmiljøer, senere teknologicentre, innovationsnetværk og formelle regionale klynger.',
        sources: [CED_HISTORY],
      },
      {
        date: '2018',
        text: '18.058 virksomheder deltager i aktiviteter hos de 38 vigtigste klynger og netværk, ifølge Cluster Excellence Denmarks opgørelse.',
        sources: [DIGITALLEAD],
      },
      {
        date: '2020-03-05',
        text: 'DEB’s strategi „Erhvervsfremme i Danmark 2020–2023“ fastlægger styrkepositioner og spirende områder for klyngerne.',
        sources: [CED_HISTORY],
      },
      {
        date: '2020-10-01',
        text: 'Minister Ane Halsboe-Jørgensen udpeger 14 nationale klynger.',
        sources: [UFM_APPOINTMENT],
      },
      {
        date: '2021-01-01',
        text: 'Innovationskraft 2021–2024 begynder: UFM og DEB giver hver 80 mio. kr. om året, i alt omkring 640 mio. kr.',
        sources: [DEB_PROGRAMME, CED_HISTORY],
      },
      {
        date: '2022-03',
        text: 'MARLOG, klyngen for maritime erhverv og logistik, går konkurs; der er nu 13 tilbage.',
        sources: [MARLOG_BANKRUPT],
      },
      {
        date: '2025',
        text: 'DEB fordeler 662 mio. kr. til 11 klyngeorganisationer for 2025–2028; vores kilder nævner ikke alle 11.',
        sources: [DFIR_BRIEF_55],
      },
    ],
  },
};
