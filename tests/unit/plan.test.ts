import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { isComplete } from '../../src/flow/route';
import { stepRules, warningRules } from '../../src/rules/catalogue';
import { buildPlan, GROUPS, type Plan, type PlanStep } from '../../src/rules/plan';
import { URGENT_DAYS } from '../../src/rules/order';
import { factsFrom } from '../../src/rules/facts';

/**
 * Table-driven tests for buildPlan. Every step id and every warning id of the catalogue must appear
 * in at least one row where it applies and one where it must not (checked at the end), so a new rule
 * without a test fails here.
 */

const STEP_IDS = stepRules.map((r) => r.id);
const WARNING_IDS = warningRules.map((r) => r.id);
const ALL_IDS = [...STEP_IDS, ...WARNING_IDS];

/** The terms that are not in the source documents or are uncertain (FACTS.md §X.2, §X.3, §X.13, D22/D23, AVG). */
const UNCERTAIN_STEPS = new Set(['tlv-bezwaar', 'geschillencommissie', 'klacht-loopt', 'dossier-herinneren']);

const without = (a: Answers, ...keys: string[]): Answers => Object.fromEntries(Object.entries(a).filter(([k]) => !keys.includes(k)));

// ── Complete, realistic answers per situation (question and option ids from questions.ts) ──────────

/** Written registration received 3 March 2026, waiting for the decision, everything else in order. */
const AANMELDEN: Answers = {
  situatie: ['aanmelden'],
  'aanmelding-hoe': 'schriftelijk',
  'aanmelding-datum': '2026-03-03',
  'aanmelding-bevestiging': 'ja',
  'ondersteuning-gemeld': 'ja',
  'meer-scholen': 'nee',
  'aanmelding-besluit': 'nog-niet',
  'aanmelding-verlengd': 'nee',
  'school-zegt': ['geen'],
  'gesprek-gepland': 'nee',
  jeugdhulp: 'nee',
  vervoer: 'nee',
  klacht: 'nee',
  groep: 'groep-1-2',
};

/** Refused; the refusal was made known on 1 October 2026. */
const GEWEIGERD: Answers = {
  ...without(AANMELDEN, 'aanmelding-verlengd'),
  'aanmelding-datum': '2026-08-20',
  'aanmelding-besluit': 'geweigerd',
  'weigering-schriftelijk': 'ja',
  'weigering-datum': '2026-10-01',
  'weigering-andere-school': 'ja',
  'bezwaar-ingediend': 'nee',
  'gpo-ingediend': 'nee',
  'aanbod-geweigerd': 'nee',
};

/** Handelingsverlegen with an OPP that was discussed and agreed, research by the school itself. */
const HANDELINGSVERLEGEN: Answers = {
  situatie: ['handelingsverlegen'],
  opp: 'ja',
  'opp-besproken': '2026-09-15',
  'opp-ingestemd': 'ja',
  'opp-onenigheid': 'geen',
  'hv-schriftelijk': 'ja',
  'hv-wil-weg': 'nee',
  onderzoek: 'school-recent',
  'swv-betrokken': 'ja',
  'school-zegt': ['geen'],
  'gesprek-gepland': 'nee',
  tekenen: 'nee',
  'dossier-gezien': 'ja',
  jeugdhulp: 'nee',
  klacht: 'nee',
  groep: 'groep-3-6',
};

/** Suspended from Monday 16 November 2026, still enrolled, getting work at home, leerplicht involved. */
const GESCHORST: Answers = {
  situatie: ['thuiszitten'],
  opp: 'ja',
  'opp-besproken': '2026-09-15',
  'opp-ingestemd': 'ja',
  'swv-betrokken': 'ja',
  'school-zegt': ['geen'],
  'thuis-sinds': '2026-11-16',
  'thuis-hoeveel': 'helemaal',
  'thuis-reden': 'geschorst',
  'schorsing-datum': '2026-11-16',
  // Session 20: a suspended child is asked about a removal decision too; this one has none.
  'verwijdering-besluit': 'nee',
  'opp-onenigheid': 'geen',
  'aanbod-geweigerd': 'nee',
  ingeschreven: 'ja',
  'lessen-nu': 'ja',
  'lpa-betrokken': 'ja',
  'gesprek-gepland': 'nee',
  tekenen: 'nee',
  'dossier-gezien': 'ja',
  jeugdhulp: 'nee',
  klacht: 'nee',
  groep: 'groep-3-6',
};

/** Removed on 1 October 2026 without another school, at home since then. */
const VERWIJDERD: Answers = {
  ...without(GESCHORST, 'schorsing-datum'),
  'thuis-reden': 'verwijderd',
  'thuis-sinds': '2026-10-01',
  'verwijdering-besluit': 'schriftelijk',
  'verwijdering-datum': '2026-10-01',
  'verwijdering-andere-school': 'nee',
  'bezwaar-ingediend': 'nee',
  'gpo-ingediend': 'nee',
};

/** The school applied for a TLV; the parents saw the application and were heard. */
const TLV_AANGEVRAAGD: Answers = {
  situatie: ['tlv'],
  opp: 'ja',
  'opp-besproken': '2026-09-15',
  'opp-ingestemd': 'ja',
  onderzoek: 'school-recent',
  'swv-betrokken': 'ja',
  'school-zegt': ['geen'],
  'gesprek-gepland': 'nee',
  tekenen: 'nee',
  'dossier-gezien': 'ja',
  jeugdhulp: 'nee',
  'tlv-fase': 'aangevraagd',
  'tlv-aanvraag-gezien': 'ja',
  'tlv-gehoord': 'ja',
  'tlv-soort': 'sbo',
  vervoer: 'nee',
  klacht: 'nee',
  groep: 'groep-3-6',
  'opp-onenigheid': 'geen',
};

/** Session 22: the school board decided on 2 November 2026 to remove the child; no bezwaar or GPO yet (last day 14 December). */
const REMOVAL_DECIDED_2_NOV: Answers = {
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk',
  'verwijdering-datum': '2026-11-02', 'verwijdering-andere-school': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee',
  'aanbod-geweigerd': 'nee', opp: 'ja', 'opp-besproken': '2026-09-14', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen',
  onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], tekenen: 'nee', 'dossier-gezien': 'ja',
  jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
};

/** The SWV granted the TLV on 20 October 2026; the parents agree and a place is available. */
const TLV_BESLUIT: Answers = {
  ...without(TLV_AANGEVRAAGD, 'tlv-aanvraag-gezien'),
  'tlv-fase': 'besluit',
  'tlv-besluit': 'toegekend',
  'tlv-besluit-datum': '2026-10-20',
  'tlv-eens': 'ja',
  'tlv-plek': 'plek',
  'aanbod-geweigerd': 'nee',
};

// ── Rows ─────────────────────────────────────────────────────────────────────────────────────

interface DeadlineExpectation {
  start?: string;
  startWhat?: string;
  amount?: number;
  unit?: string;
  due?: string;
  daysLeft?: number;
  status?: 'passed' | 'today' | 'upcoming';
  certain?: boolean;
}

interface Row {
  name: string;
  answers: Answers;
  today: string;
  /** Step or warning ids that must be in the plan. */
  applies: string[];
  /** Step or warning ids that must not be in the plan. */
  notApplies: string[];
  /** The plan's steps must be exactly these (any order). */
  exactSteps?: string[];
  /** The plan's warnings must be exactly these (any order). */
  exactWarnings?: string[];
  /** Step details: group, deadline fields, params. */
  steps?: Record<string, { group?: string; deadline?: DeadlineExpectation; params?: Record<string, string>; moment?: { what: string; date: string } }>;
  /** Steps that must be present without any deadline. */
  noDeadline?: string[];
  /** Steps that must be present without a moment. */
  noMoment?: string[];
  /** Only for "ik wil eerst lezen": the questionnaire stops there, so the answers are not complete. */
  readingOnly?: true;
}

const rows: Row[] = [
  // ── Aanmelden ──
  {
    name: 'aanmelden: written, waiting, 6 weeks from 3 March 2026',
    answers: AANMELDEN,
    today: '2026-03-20',
    // lawyer-s51-answers D2: a child in a groep registered elsewhere: the current school stays responsible until enrolment.
    applies: ['besluit-aanmelding', 'sop-opvragen', 'steunpunt-bellen', 'afspraken-bevestigen', 'huidige-school-tot-inschrijving'],
    notApplies: [
      'schriftelijk-aanmelden', 'ontvangst-bevestigen', 'aanmelddatum-achterhalen', 'ondersteuning-melden', 'eerste-keus-melden',
      'bezwaar-weigering', 'weigerdatum-achterhalen', 'opp-na-toelating', 'vervoer-aanvragen', 'handelingsverlegen-reageren',
      'opp-vragen', 'swv-betrekken', 'dossier-opvragen', 'geschillencommissie', 'klacht-indienen', 'gesprek-voorbereiden',
      'jeugdhulp-aanvragen', 'jeugdhulp-afstemmen', 'overstap-voorbereiden', 'tlv-geldigheid', 'onderwijs-thuis-vragen',
      'telefoon-is-geen-aanmelding', 'weigering-zonder-andere-school', 'meer-scholen-risico', 'school-vol', 'handelingsverlegen-zonder-opp',
      'niet-blanco-tekenen', 'klas-te-vol', 'diagnose-geeist', 'proefperiode', 'wachtlijst-zorgplicht',
    ],
    exactSteps: ['besluit-aanmelding', 'sop-opvragen', 'steunpunt-bellen', 'afspraken-bevestigen', 'cluster-1-2'], // s66-blind D2: cluster 1/2 at registration (A34-A36)
    exactWarnings: ['huidige-school-tot-inschrijving'],
    steps: {
      'besluit-aanmelding': {
        group: 'binnenkort',
        deadline: { start: '2026-03-03', startWhat: 'aanmelding-ontvangen', amount: 6, unit: 'weeks', due: '2026-04-14', daysLeft: 25, status: 'upcoming', certain: true },
        // Session 48: the parent's own answer on the extension ("nee"), read by the timeline's earlier registrations.
        params: { uiterlijk10: '2026-05-12', verlengdAntwoord: 'nee' },
      },
    },
  },
  {
    name: 'aanmelden: the school extended the term: 10 weeks',
    answers: { ...AANMELDEN, 'aanmelding-verlengd': 'ja' },
    today: '2026-04-20',
    applies: ['besluit-aanmelding'],
    notApplies: ['aanmelddatum-achterhalen'],
    steps: {
      'besluit-aanmelding': {
        group: 'binnenkort',
        deadline: { start: '2026-03-03', amount: 10, unit: 'weeks', due: '2026-05-12', daysLeft: 22, status: 'upcoming', certain: true },
        params: { uiterlijk10: '2026-05-12', verlengdAntwoord: 'ja' },
      },
    },
  },
  {
    name: 'aanmelden: "weet ik niet" whether extended counts as not extended (6 weeks)',
    answers: { ...AANMELDEN, 'aanmelding-verlengd': 'weet-niet' },
    today: '2026-03-20',
    applies: ['besluit-aanmelding'],
    notApplies: [],
    steps: { 'besluit-aanmelding': { deadline: { amount: 6, due: '2026-04-14' } } },
  },
  {
    name: 'aanmelden: decision due today: in "Nu doen" (due within 14 days)',
    answers: AANMELDEN,
    today: '2026-04-14',
    applies: ['besluit-aanmelding'],
    notApplies: [],
    steps: { 'besluit-aanmelding': { group: 'nu', deadline: { due: '2026-04-14', daysLeft: 0, status: 'today' } } },
  },
  {
    name: 'aanmelden: decision late, the step moves to "nu"',
    answers: AANMELDEN,
    today: '2026-04-15',
    applies: ['besluit-aanmelding'],
    notApplies: [],
    steps: { 'besluit-aanmelding': { group: 'nu', deadline: { due: '2026-04-14', daysLeft: -1, status: 'passed', certain: true } } },
  },
  {
    name: 'aanmelden: registration date unknown: find it out, no deadline',
    answers: { ...AANMELDEN, 'aanmelding-datum': 'weet-niet' },
    today: '2026-03-20',
    applies: ['aanmelddatum-achterhalen'],
    notApplies: ['besluit-aanmelding'],
    steps: { 'aanmelddatum-achterhalen': { group: 'nu' } },
    noDeadline: ['aanmelddatum-achterhalen'],
  },
  {
    name: 'aanmelden: no confirmation, support not told, more schools, transport',
    answers: { ...AANMELDEN, 'aanmelding-bevestiging': 'nee', 'ondersteuning-gemeld': 'weet-niet', 'meer-scholen': 'ja', vervoer: 'ja' },
    today: '2026-03-20',
    applies: ['ontvangst-bevestigen', 'ondersteuning-melden', 'eerste-keus-melden', 'meer-scholen-risico', 'vervoer-aanvragen', 'besluit-aanmelding'],
    notApplies: ['schriftelijk-aanmelden', 'telefoon-is-geen-aanmelding'],
    steps: { 'ontvangst-bevestigen': { group: 'nu' }, 'eerste-keus-melden': { group: 'binnenkort' } },
  },
  {
    name: 'aanmelden: confirmation "weet ik niet", transport "weet ik niet"',
    answers: { ...AANMELDEN, 'aanmelding-bevestiging': 'weet-niet', vervoer: 'weet-niet' },
    today: '2026-03-20',
    applies: ['ontvangst-bevestigen', 'vervoer-aanvragen'],
    notApplies: ['ondersteuning-melden', 'eerste-keus-melden', 'meer-scholen-risico'],
  },
  {
    name: 'aanmelden: not registered yet (old answers for written registration are ignored)',
    answers: { ...AANMELDEN, 'aanmelding-hoe': 'nog-niet' },
    today: '2026-03-20',
    applies: ['schriftelijk-aanmelden', 'sop-opvragen'],
    notApplies: ['besluit-aanmelding', 'aanmelddatum-achterhalen', 'ondersteuning-melden', 'ontvangst-bevestigen', 'telefoon-is-geen-aanmelding', 'eerste-keus-melden'],
    exactSteps: ['schriftelijk-aanmelden', 'sop-opvragen', 'steunpunt-bellen', 'afspraken-bevestigen', 'cluster-1-2'], // s66-blind D2: cluster 1/2 at registration (A34-A36)
    exactWarnings: [],
    steps: { 'schriftelijk-aanmelden': { group: 'nu' } },
  },
  {
    name: 'aanmelden: by phone only; no clock runs',
    answers: { ...AANMELDEN, 'aanmelding-hoe': 'telefonisch', 'ondersteuning-gemeld': 'nee', 'meer-scholen': 'ja' },
    today: '2026-03-20',
    applies: ['telefoon-is-geen-aanmelding', 'schriftelijk-aanmelden', 'ondersteuning-melden', 'meer-scholen-risico', 'eerste-keus-melden'],
    notApplies: ['besluit-aanmelding', 'aanmelddatum-achterhalen', 'ontvangst-bevestigen', 'bezwaar-weigering'],
  },
  {
    name: 'aanmelden: does not know how they registered',
    answers: { ...AANMELDEN, 'aanmelding-hoe': 'weet-niet' },
    today: '2026-03-20',
    applies: ['schriftelijk-aanmelden'],
    notApplies: ['telefoon-is-geen-aanmelding', 'besluit-aanmelding', 'ondersteuning-melden'],
  },
  {
    name: 'aanmelden: refused on 1 October 2026, no other school',
    answers: { ...GEWEIGERD, 'weigering-andere-school': 'nee' },
    today: '2026-10-15',
    applies: ['bezwaar-weigering', 'weigering-zonder-andere-school', 'geschillencommissie', 'sop-opvragen'],
    notApplies: ['weigerdatum-achterhalen', 'besluit-aanmelding', 'opp-na-toelating', 'aanmelddatum-achterhalen', 'verwijdering-zonder-school', 'nieuwe-aanmelding-na-weigering', 'weigering-blijft-na-toelating'],
    steps: {
      'bezwaar-weigering': {
        group: 'nu',
        deadline: { start: '2026-10-01', startWhat: 'besluit-bekend', amount: 6, unit: 'weeks', due: '2026-11-12', daysLeft: 28, status: 'upcoming', certain: true },
      },
      geschillencommissie: {
        group: 'nu',
        deadline: { start: '2026-10-01', startWhat: 'besluit-bekend', amount: 6, unit: 'weeks', due: '2026-11-12', certain: false },
      },
    },
  },
  {
    // Session 22: a registration dated after the written refusal is a new one (the next school): its own 6 weeks.
    name: 'aanmelden: refused on 1 October 2026, registered again (received 5 October)',
    answers: { ...GEWEIGERD, 'aanmelding-datum': '2026-10-05' },
    today: '2026-10-15',
    applies: ['besluit-aanmelding', 'nieuwe-aanmelding-na-weigering', 'bezwaar-weigering'],
    notApplies: [],
    steps: {
      'besluit-aanmelding': { deadline: { start: '2026-10-05', startWhat: 'aanmelding-ontvangen', amount: 6, due: '2026-11-16', status: 'upcoming', certain: true } },
      'bezwaar-weigering': { deadline: { start: '2026-10-01', due: '2026-11-12' } },
    },
  },
  {
    // Session 25: the next school admitted the child (registered 5 October, after the refusal of 1 October): the refusal's
    // bezwaar and GPO stay, with a warning that it is a choice; no decision term for the school that already decided.
    name: 'aanmelden: refused on 1 October 2026, registered at the next school on 5 October and admitted there',
    // Session 58: admitted with a support need, the day of enrolment is asked; not known here (no OPP date).
    answers: { ...GEWEIGERD, 'aanmelding-datum': '2026-10-05', 'aanmelding-besluit': 'toegelaten', 'inschrijving-datum': 'weet-niet' },
    today: '2026-10-15',
    applies: ['weigering-blijft-na-toelating', 'bezwaar-weigering', 'geschillencommissie', 'opp-na-toelating'],
    notApplies: ['besluit-aanmelding', 'nieuwe-aanmelding-na-weigering', 'weigering-zonder-andere-school', 'weigerdatum-achterhalen'],
    steps: { 'bezwaar-weigering': { group: 'nu', deadline: { start: '2026-10-01', due: '2026-11-12', certain: true } } },
  },
  {
    // Session 48 (s044-daan-toegelaten-bij-andere-school): a removal decision, then the next school admitted the child: the
    // removal's bezwaar stays, a choice now (warning verwijdering-na-toelating), not "registered elsewhere" any more.
    name: 'removal decided 2 November 2026, registered at another school on 9 November and admitted there',
    answers: { ...REMOVAL_DECIDED_2_NOV, situatie: ['handelingsverlegen', 'aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-09', 'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'inschrijving-datum': 'weet-niet', 'gesprek-gepland': 'nee', vervoer: 'nee' },
    today: '2026-12-10',
    applies: ['verwijdering-na-toelating', 'bezwaar-verwijdering'],
    notApplies: ['aangemeld-elders-tijdens-conflict'],
    steps: { 'bezwaar-verwijdering': { deadline: { start: '2026-11-02', due: '2026-12-14', certain: true } } },
  },
  {
    // Session 48 (s043-wil-weg-en-aangemeld-elders): the same, no decision on that registration yet: that school's zorgplicht
    // from the registration (warning aangemeld-elders-tijdens-conflict).
    name: 'removal decided 2 November 2026, registered at another school on 9 November, no decision yet',
    answers: { ...REMOVAL_DECIDED_2_NOV, situatie: ['handelingsverlegen', 'aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-09', 'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'nee', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'gesprek-gepland': 'nee', vervoer: 'nee' },
    today: '2026-12-10',
    applies: ['aangemeld-elders-tijdens-conflict', 'besluit-aanmelding', 'bezwaar-verwijdering'],
    notApplies: ['verwijdering-na-toelating'],
  },
  {
    // Session 48 (s044-sven-tlv-so-ouders-oneens): a TLV granted that the parents disagree with moves the child nowhere by itself.
    name: 'tlv: granted on 20 October 2026, the parents disagree',
    answers: { ...TLV_BESLUIT, 'tlv-eens': 'nee', 'bezwaar-ingediend': 'nee' },
    today: '2026-11-02',
    applies: ['tlv-verplaatst-niet', 'tlv-bezwaar'],
    notApplies: [],
  },
  {
    name: 'aanmelden: refused, "weet ik niet" whether another school agreed',
    answers: { ...GEWEIGERD, 'weigering-andere-school': 'weet-niet' },
    today: '2026-10-15',
    applies: ['weigering-zonder-andere-school'],
    notApplies: [],
  },
  {
    name: 'aanmelden: refused, bezwaar term passed',
    answers: GEWEIGERD,
    today: '2026-11-13',
    applies: ['bezwaar-weigering', 'geschillencommissie'],
    notApplies: ['weigering-zonder-andere-school'],
    steps: {
      'bezwaar-weigering': { group: 'nu', deadline: { due: '2026-11-12', daysLeft: -1, status: 'passed' } },
      geschillencommissie: { group: 'nu', deadline: { due: '2026-11-12', status: 'passed', certain: false } },
    },
  },
  {
    name: 'aanmelden: refused, date unknown: find it out, no deadline',
    answers: { ...GEWEIGERD, 'weigering-datum': 'weet-niet' },
    today: '2026-10-15',
    applies: ['weigerdatum-achterhalen', 'geschillencommissie'],
    notApplies: ['bezwaar-weigering', 'weigering-zonder-andere-school'],
    noDeadline: ['weigerdatum-achterhalen', 'geschillencommissie'],
  },
  {
    name: 'aanmelden: admitted; the OPP clock never carries an admission deadline',
    // Session 58: the day of enrolment is asked (admitted, support need told); "weet ik niet": no OPP date, as before.
    answers: { ...without(GEWEIGERD, 'weigering-datum', 'weigering-andere-school'), 'aanmelding-besluit': 'toegelaten', 'aanmelding-verlengd': 'ja', 'inschrijving-datum': 'weet-niet' },
    today: '2026-10-15',
    applies: ['opp-na-toelating'],
    notApplies: ['besluit-aanmelding', 'bezwaar-weigering', 'weigerdatum-achterhalen', 'geschillencommissie', 'weigering-zonder-andere-school', 'aanmelddatum-achterhalen'],
    // Session 23: "binnenkort" when the parent told the school the child needs support (the OPP is then due within weeks).
    steps: { 'opp-na-toelating': { group: 'binnenkort' } },
    noDeadline: ['opp-na-toelating'],
  },
  {
    name: 'aanmelden: the school says it is full',
    answers: { ...AANMELDEN, 'school-zegt': ['school-vol'] },
    today: '2026-03-20',
    applies: ['school-vol'],
    notApplies: ['klas-te-vol', 'diagnose-geeist', 'proefperiode', 'wachtlijst-zorgplicht'],
  },

  // ── Handelingsverlegen ──
  {
    name: 'handelingsverlegen: OPP agreed, recent research, SWV involved',
    answers: HANDELINGSVERLEGEN,
    today: '2026-11-23',
    applies: ['handelingsverlegen-brief-beantwoorden', 'sop-opvragen', 'opp-evaluatie', 'steunpunt-bellen', 'afspraken-bevestigen', 'opp-instemming-blijft', 'dossier-verbeteren'],
    notApplies: [
      'opp-vragen', 'opp-instemmen', 'opp-datum-achterhalen', 'swv-betrekken', 'onderzoek-vragen', 'dossier-opvragen', 'geschillencommissie',
      'handelingsverlegen-zonder-opp', 'oud-of-ander-onderzoek', 'verwijdering-zonder-school', 'niet-blanco-tekenen', 'schriftelijk-aanmelden',
      'vervoer-aanvragen', 'tlv-geldigheid', 'onderwijs-thuis-vragen', 'leerplicht-inschakelen', 'handelingsverlegen-reageren', 'onderwijsconsulenten',
    ],
    // Session 52 (lawyer-s51-answers D5): groep 3-6 with an OPP: the overstap step under "goed om te weten", groep 6's text (H13).
    exactSteps: ['handelingsverlegen-brief-beantwoorden', 'sop-opvragen', 'opp-evaluatie', 'steunpunt-bellen', 'afspraken-bevestigen', 'overstap-voorbereiden', 'dossier-verbeteren'], // s78: dossier seen (G05)
    // Session 46 (s038-opp-ingestemd-school-wil-weg): the agreed help stands; changing it needs her consent again (B08, B10).
    exactWarnings: ['opp-instemming-blijft'],
    steps: {
      'handelingsverlegen-brief-beantwoorden': { group: 'nu' },
      // Discussed on 15 September 2026, in this school year: the next one by the end of the next school year.
      'opp-evaluatie': { group: 'binnenkort', params: { uiterlijk: '2028-07-31', ditSchooljaar: '2027-07-31' } },
    },
    noDeadline: ['opp-evaluatie'],
  },
  {
    name: 'handelingsverlegen: OPP evaluation on the last day of the school year: one date, the last day counts',
    answers: { ...HANDELINGSVERLEGEN, 'opp-besproken': '2024-09-15' },
    today: '2026-07-31',
    applies: ['opp-evaluatie'],
    notApplies: [],
    // Session 65 (blind-s65 D2): the talk, in the previous school year, and that year's end are named too.
    steps: { 'opp-evaluatie': { params: { uiterlijk: '2026-07-31', ditSchooljaar: '2026-07-31', besproken: '2024-09-15', vorigSchooljaar: '2025-07-31' } } },
  },
  {
    name: 'handelingsverlegen: OPP discussed in this school year: the next one by the end of the next',
    answers: { ...HANDELINGSVERLEGEN, 'opp-besproken': '2025-09-15' },
    today: '2026-07-31',
    applies: ['opp-evaluatie'],
    notApplies: [],
    steps: { 'opp-evaluatie': { params: { uiterlijk: '2027-07-31', ditSchooljaar: '2026-07-31' } } },
  },
  {
    name: 'handelingsverlegen: no OPP, old research, school wants the child to leave, blank forms, dossier not seen',
    answers: {
      ...HANDELINGSVERLEGEN, opp: 'nee', onderzoek: 'oud', 'swv-betrokken': 'weet-niet', tekenen: 'ja', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee', 'hv-wil-weg': 'ja',
      'verwijdering-besluit': 'weet-niet', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee',
    },
    today: '2026-11-23',
    applies: [
      'opp-vragen', 'handelingsverlegen-zonder-opp', 'onderzoek-vragen', 'oud-of-ander-onderzoek', 'swv-betrekken', 'niet-blanco-tekenen',
      'dossier-opvragen', 'verwijdering-zonder-school', 'verwijderbesluit-navragen', 'onderwijsconsulenten', 'niet-zelf-uitschrijven',
    ],
    // opp-besproken and opp-ingestemd are still stored, but no longer asked: ignored. No decision known: no GPO clock.
    notApplies: ['opp-instemmen', 'opp-evaluatie', 'opp-datum-achterhalen', 'geschillencommissie', 'bezwaar-verwijdering', 'dossier-herinneren'],
    steps: { 'opp-vragen': { group: 'nu' }, 'dossier-opvragen': { group: 'binnenkort' }, 'verwijderbesluit-navragen': { group: 'nu' } },
    noDeadline: ['opp-vragen', 'dossier-opvragen', 'verwijderbesluit-navragen'],
  },
  {
    name: 'handelingsverlegen: dossier requested on 31 January: one month is 28 February, counted from the request',
    answers: { ...HANDELINGSVERLEGEN, 'opp-besproken': '2025-09-15', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-01-31' },
    today: '2026-02-02',
    applies: ['dossier-herinneren'],
    notApplies: ['dossier-opvragen'],
    steps: { 'dossier-herinneren': { group: 'binnenkort', deadline: { start: '2026-01-31', startWhat: 'verzoek-verstuurd', due: '2026-02-28', daysLeft: 26, certain: false } } },
  },
  {
    name: 'handelingsverlegen: OPP "weet ik niet", research by someone else',
    answers: { ...HANDELINGSVERLEGEN, opp: 'weet-niet', onderzoek: 'ander' },
    today: '2026-11-23',
    applies: ['opp-vragen', 'handelingsverlegen-zonder-opp', 'oud-of-ander-onderzoek', 'onderzoek-vragen'],
    notApplies: ['opp-instemmen', 'geschillencommissie'],
  },
  {
    name: 'handelingsverlegen: no research at all: ask for it, but no warning about old research',
    answers: { ...HANDELINGSVERLEGEN, onderzoek: 'geen' },
    today: '2026-11-23',
    applies: ['onderzoek-vragen'],
    notApplies: ['oud-of-ander-onderzoek'],
  },
  {
    name: 'handelingsverlegen: research "weet ik niet"',
    answers: { ...HANDELINGSVERLEGEN, onderzoek: 'weet-niet' },
    today: '2026-11-23',
    applies: ['onderzoek-vragen'],
    notApplies: ['oud-of-ander-onderzoek'],
  },
  {
    name: 'handelingsverlegen: OPP date unknown, parents did not agree',
    answers: { ...HANDELINGSVERLEGEN, 'opp-besproken': 'weet-niet', 'opp-ingestemd': 'nee' },
    today: '2026-11-23',
    applies: ['opp-datum-achterhalen', 'opp-instemmen', 'geschillencommissie'],
    notApplies: ['opp-evaluatie', 'opp-vragen', 'handelingsverlegen-zonder-opp'],
    noDeadline: ['opp-datum-achterhalen', 'geschillencommissie'],
  },
  {
    name: 'handelingsverlegen: consent "weet ik niet": ask to consent, no dispute yet',
    answers: { ...HANDELINGSVERLEGEN, 'opp-ingestemd': 'weet-niet' },
    today: '2026-11-23',
    applies: ['opp-instemmen'],
    notApplies: ['geschillencommissie', 'opp-instemming-blijft'],
  },
  {
    name: 'handelingsverlegen: the school says everything at once',
    answers: { ...HANDELINGSVERLEGEN, 'school-zegt': ['klas-vol', 'diagnose-eerst', 'proefperiode', 'niet-welkom-na-vakantie', 'school-vol'] },
    today: '2026-11-23',
    applies: ['klas-te-vol', 'diagnose-geeist', 'proefperiode', 'wachtlijst-zorgplicht', 'school-vol'],
    notApplies: ['onderwijs-thuis-vragen'],
    exactWarnings: ['klas-te-vol', 'diagnose-geeist', 'proefperiode', 'wachtlijst-zorgplicht', 'school-vol', 'opp-instemming-blijft'],
  },
  // FP17 (003:322-345): a child of 4 or 5 called a child for special education within weeks (session 41).
  {
    name: 'handelingsverlegen in groep 1-2: time to settle, an OPP and the SWV before any TLV',
    answers: { ...HANDELINGSVERLEGEN, groep: 'groep-1-2' },
    today: '2026-11-23',
    applies: ['kleuter-so'],
    notApplies: [],
  },
  {
    name: 'TLV requested for a child in groep 1-2: the same warning',
    answers: { ...TLV_AANGEVRAAGD, groep: 'groep-1-2' },
    today: '2026-11-23',
    applies: ['kleuter-so'],
    notApplies: [],
  },
  {
    name: 'TLV granted in groep 1-2 and the parent agrees: no warning against it',
    answers: { ...TLV_BESLUIT, groep: 'groep-1-2' },
    today: '2026-11-23',
    applies: [],
    notApplies: ['kleuter-so'],
  },
  {
    name: 'registering a child for groep 1-2 with no conflict: no warning',
    answers: AANMELDEN,
    today: '2026-03-20',
    applies: [],
    notApplies: ['kleuter-so'],
  },
  {
    name: 'handelingsverlegen: meeting planned on 1 December 2026',
    answers: { ...HANDELINGSVERLEGEN, 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-01' },
    today: '2026-11-23',
    applies: ['gesprek-voorbereiden'],
    notApplies: [],
    steps: { 'gesprek-voorbereiden': { group: 'nu', moment: { what: 'gesprek', date: '2026-12-01' } } },
    noDeadline: ['gesprek-voorbereiden'],
  },
  {
    name: 'handelingsverlegen: meeting date unknown or past: no moment',
    answers: { ...HANDELINGSVERLEGEN, 'gesprek-gepland': 'ja', 'gesprek-datum': 'weet-niet' },
    today: '2026-11-23',
    applies: ['gesprek-voorbereiden'],
    notApplies: [],
    noMoment: ['gesprek-voorbereiden'],
  },
  {
    // Session 19: a meeting that has been is not prepared; what was agreed is recorded (F01), with its date.
    name: 'handelingsverlegen: meeting was yesterday: record what was agreed, no moment, nothing to prepare',
    answers: { ...HANDELINGSVERLEGEN, 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-11-22' },
    today: '2026-11-23',
    applies: ['gesprek-vastleggen'],
    notApplies: ['gesprek-voorbereiden', 'afspraken-bevestigen'],
    steps: { 'gesprek-vastleggen': { group: 'nu', params: { gesprek: '2026-11-22' } } },
    noMoment: ['gesprek-vastleggen'],
    noDeadline: ['gesprek-vastleggen'],
  },
  {
    name: 'handelingsverlegen: meeting today: prepare it, the moment says today',
    answers: { ...HANDELINGSVERLEGEN, 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-11-23' },
    today: '2026-11-23',
    applies: ['gesprek-voorbereiden'],
    notApplies: ['gesprek-vastleggen', 'afspraken-bevestigen'],
    steps: { 'gesprek-voorbereiden': { group: 'nu', moment: { what: 'gesprek-vandaag', date: '2026-11-23' } } },
  },
  {
    name: 'handelingsverlegen: no meeting planned (an old meeting date is ignored)',
    answers: { ...HANDELINGSVERLEGEN, 'gesprek-datum': '2026-11-01' },
    today: '2026-11-23',
    applies: [],
    notApplies: ['gesprek-voorbereiden', 'gesprek-vastleggen'],
  },
  {
    name: 'handelingsverlegen: jeugdhulp needed, groep 7-8, complaint filed on 2 November: 4 weeks from the filing, not from today',
    answers: { ...HANDELINGSVERLEGEN, jeugdhulp: 'nodig', groep: 'groep-7-8', klacht: 'ingediend', 'klacht-datum': '2026-11-02' },
    today: '2026-11-23',
    applies: ['jeugdhulp-aanvragen', 'overstap-voorbereiden', 'overstap-later', 'klacht-loopt'], // s78: overstap-later for groep 7-8 (E26, H19, H20)
    notApplies: ['jeugdhulp-afstemmen', 'klacht-indienen'],
    steps: {
      'klacht-loopt': {
        group: 'nu',
        deadline: { start: '2026-11-02', startWhat: 'klacht-ingediend', amount: 4, unit: 'weeks', due: '2026-11-30', daysLeft: 7, certain: false },
      },
    },
  },
  {
    name: 'handelingsverlegen: wants to complain: the step to file, without a date',
    answers: { ...HANDELINGSVERLEGEN, klacht: 'wil' },
    today: '2026-11-23',
    applies: ['klacht-indienen'],
    notApplies: ['klacht-loopt'],
    steps: { 'klacht-indienen': { group: 'binnenkort' } },
    noDeadline: ['klacht-indienen'],
  },
  {
    name: 'handelingsverlegen: jeugdhulp "weet ik niet"',
    answers: { ...HANDELINGSVERLEGEN, jeugdhulp: 'weet-niet', groep: 'weet-niet' },
    today: '2026-11-23',
    applies: ['jeugdhulp-aanvragen'],
    notApplies: ['jeugdhulp-afstemmen', 'overstap-voorbereiden'],
  },
  {
    name: 'handelingsverlegen: already gets jeugdhulp',
    answers: { ...HANDELINGSVERLEGEN, jeugdhulp: 'krijgt' },
    today: '2026-11-23',
    applies: ['jeugdhulp-afstemmen'],
    notApplies: ['jeugdhulp-aanvragen'],
  },

  // ── Thuiszitten ──
  {
    name: 'thuiszitten: suspended from 16 November 2026, the week is over today: too long if still suspended',
    answers: GESCHORST,
    today: '2026-11-23',
    applies: ['schorsing-einde', 'afspraken-thuis-vastleggen', 'verzuim-melding', 'onderwijsconsulenten', 'opp-evaluatie', 'steunpunt-bellen'],
    notApplies: [
      'onderwijs-thuis-vragen', 'inschrijving-navragen', 'leerplicht-inschakelen', 'thuisdatum-achterhalen',
      'schorsingsdatum-achterhalen', 'bezwaar-verwijdering', 'verwijderdatum-achterhalen', 'niet-welkom-zorgplicht', 'wachtlijst-zorgplicht',
      'verwijdering-zonder-school', 'sop-opvragen', 'handelingsverlegen-reageren', 'onderzoek-vragen', 'vervoer-aanvragen', 'tlv-geldigheid',
    ],
    // afspraken-bevestigen is merged into afspraken-thuis-vastleggen (same letter, same advice).
    // Session 52 (lawyer-s51-answers D5): groep 3-6 with an OPP: the overstap step under "goed om te weten", groep 6's text (H13).
    exactSteps: ['schorsing-einde', 'afspraken-thuis-vastleggen', 'verzuim-melding', 'onderwijsconsulenten', 'opp-evaluatie', 'steunpunt-bellen', 'overstap-voorbereiden', 'dossier-verbeteren'], // s78: dossier seen (G05)
    exactWarnings: [],
    steps: {
      'schorsing-einde': {
        group: 'nu',
        deadline: { start: '2026-11-16', startWhat: 'schorsing-begin', amount: 1, unit: 'weeks', due: '2026-11-23', daysLeft: 0, status: 'today', certain: true },
      },
      // 16 hours in 4 weeks is a threshold the school reports on, not a deadline (001:847).
      'verzuim-melding': { group: 'goed-om-te-weten', params: { uren: '16' } },
      onderwijsconsulenten: { group: 'binnenkort' },
    },
    noDeadline: ['verzuim-melding', 'onderwijsconsulenten'],
  },
  {
    name: 'thuiszitten: suspended, one day after the week: too long (the step says so)',
    answers: GESCHORST,
    today: '2026-11-24',
    applies: ['schorsing-einde'],
    notApplies: [],
    steps: { 'schorsing-einde': { group: 'nu', deadline: { due: '2026-11-23', daysLeft: -1, status: 'passed' } } },
  },
  {
    name: 'thuiszitten: suspended, day before the end: not too long',
    answers: GESCHORST,
    today: '2026-11-22',
    applies: ['schorsing-einde'],
    notApplies: [],
    steps: { 'schorsing-einde': { deadline: { due: '2026-11-23', daysLeft: 1, status: 'upcoming' } } },
  },
  {
    name: 'thuiszitten: suspended, start date unknown: find it out',
    answers: { ...GESCHORST, 'schorsing-datum': 'weet-niet', 'thuis-sinds': 'weet-niet' },
    today: '2026-12-15',
    applies: ['schorsingsdatum-achterhalen', 'thuisdatum-achterhalen', 'verzuim-melding', 'onderwijsconsulenten'],
    notApplies: ['schorsing-einde'],
    noDeadline: ['schorsingsdatum-achterhalen', 'thuisdatum-achterhalen'],
  },
  {
    name: 'thuiszitten: removed on 1 October 2026, no other school, no lessons, not sure of enrolment',
    answers: { ...VERWIJDERD, 'lessen-nu': 'nee', ingeschreven: 'weet-niet', 'lpa-betrokken': 'nee', 'thuis-sinds': 'weet-niet' },
    today: '2026-10-20',
    applies: [
      'bezwaar-verwijdering', 'geschillencommissie', 'verwijdering-zonder-school', 'onderwijs-thuis-vragen',
      // Session 37: the removal is on paper with its day, so asking about the enrolment starts no clock of its own.
      'inschrijving-na-besluit', 'leerplicht-inschakelen', 'thuisdatum-achterhalen',
    ],
    notApplies: ['afspraken-thuis-vastleggen', 'schorsing-einde', 'verwijderdatum-achterhalen', 'inschrijving-navragen'],
    steps: {
      'bezwaar-verwijdering': {
        group: 'nu',
        deadline: { start: '2026-10-01', startWhat: 'besluit-bekend', amount: 6, unit: 'weeks', due: '2026-11-12', daysLeft: 23, status: 'upcoming', certain: true },
      },
      geschillencommissie: { group: 'nu', deadline: { start: '2026-10-01', due: '2026-11-12', certain: false } },
      // Removed: the leerplichtambtenaar comes right after asking for education (defect 10).
      'leerplicht-inschakelen': { group: 'nu' },
    },
  },
  {
    name: 'thuiszitten: removed, at home since 1 October: bezwaar late; no invented dates for consultants or absence',
    answers: VERWIJDERD,
    today: '2026-11-23',
    applies: ['bezwaar-verwijdering', 'verzuim-melding', 'onderwijsconsulenten', 'verwijdering-zonder-school'],
    notApplies: ['thuisdatum-achterhalen', 'onderwijs-thuis-vragen'],
    steps: {
      'bezwaar-verwijdering': { group: 'nu', deadline: { due: '2026-11-12', daysLeft: -11, status: 'passed' } },
      onderwijsconsulenten: { group: 'binnenkort' },
      'verzuim-melding': { group: 'goed-om-te-weten' },
    },
    noDeadline: ['onderwijsconsulenten', 'verzuim-melding'],
  },
  {
    name: 'thuiszitten: removed, date unknown, another school agreed',
    answers: { ...VERWIJDERD, 'verwijdering-datum': 'weet-niet', 'verwijdering-andere-school': 'ja' },
    today: '2026-11-23',
    // Session 83 (s83-left, 3): niet-zelf-uitschrijven stays with "ja" before an admission (FP-P3, C04, C22).
    applies: ['verwijderdatum-achterhalen', 'geschillencommissie', 'niet-zelf-uitschrijven'],
    notApplies: ['bezwaar-verwijdering', 'verwijdering-zonder-school'],
    noDeadline: ['verwijderdatum-achterhalen', 'geschillencommissie'],
  },
  {
    name: 'thuiszitten: not welcome but still enrolled, another school will admit the child',
    answers: {
      ...without(GESCHORST, 'schorsing-datum'), 'thuis-reden': 'niet-welkom', 'thuis-hoeveel': 'deels', 'lessen-nu': 'nee',
      'verwijdering-besluit': 'nee', 'verwijdering-andere-school': 'ja',
    },
    today: '2026-11-23',
    applies: ['niet-welkom-zorgplicht', 'onderwijs-thuis-vragen', 'maatwerk-onderwijstijd'],
    notApplies: ['schorsing-einde', 'schorsingsdatum-achterhalen', 'wachtlijst-zorgplicht', 'afspraken-thuis-vastleggen', 'verwijdering-zonder-school', 'verwijderbesluit-navragen', 'bezwaar-verwijdering'],
  },
  {
    // Session 45 (C10, C11; 002:2362, 2303-2307): suspended and at home for four weeks, the suspension's first day unknown.
    name: 'thuiszitten: suspended, at home for four weeks, first day of the suspension unknown: suspended too long?',
    answers: { ...GESCHORST, 'schorsing-datum': 'weet-niet' },
    today: '2026-12-14',
    applies: ['schorsing-te-lang', 'schorsingsdatum-achterhalen'],
    notApplies: ['schorsing-einde'],
  },
  {
    name: 'thuiszitten: suspended within its week; and a suspension whose week passed (its step says so): no extra warning',
    answers: GESCHORST,
    today: '2026-11-20',
    applies: ['schorsing-einde'],
    notApplies: ['schorsing-te-lang'],
  },
  {
    name: 'thuiszitten: on a waiting list, gets lessons, not enrolled anywhere: the school keeps its duty',
    answers: { ...without(GESCHORST, 'schorsing-datum'), 'thuis-reden': 'wachtlijst', ingeschreven: 'nee' },
    today: '2026-11-23',
    // Session 68 (s68-facts, D24): at home while waiting: the stopgaps to ask about (wachtlijst-overbruggen).
    applies: ['wachtlijst-zorgplicht', 'wachtlijst-overbruggen', 'onderwijs-thuis-vragen', 'afspraken-thuis-vastleggen', 'uitschrijving-navragen'],
    notApplies: ['niet-welkom-zorgplicht', 'schorsing-einde', 'inschrijving-navragen'],
  },
  {
    // C04, C22, FP09: the parent said the child is NOT enrolled: asking "is it still enrolled?" makes no sense.
    // Ask the school why and since when, and for the decision; the leerplichtambtenaar now.
    name: 'thuiszitten: not enrolled anywhere (no reason given): ask why it was de-registered, not whether it is enrolled',
    answers: { ...without(GESCHORST, 'schorsing-datum'), 'thuis-reden': 'anders', ingeschreven: 'nee', 'lessen-nu': 'nee', 'lpa-betrokken': 'nee' },
    today: '2026-11-23',
    applies: ['uitschrijving-navragen', 'onderwijs-thuis-vragen', 'leerplicht-inschakelen', 'verzuim-niet-ingeschreven'],
    // Session 19: no school reports the absence of a child enrolled nowhere (001:847 is the enrolling school's duty).
    notApplies: ['inschrijving-navragen', 'verzuim-melding'],
    steps: {
      'uitschrijving-navragen': { group: 'nu' },
      'leerplicht-inschakelen': { group: 'nu' },
      'verzuim-niet-ingeschreven': { group: 'binnenkort', params: { uren: '16' } },
    },
    noDeadline: ['uitschrijving-navragen', 'verzuim-niet-ingeschreven'],
  },
  {
    name: 'thuiszitten: removed in writing and not enrolled anywhere: the removal steps speak, no "ask why"',
    answers: { ...VERWIJDERD, 'lessen-nu': 'nee', ingeschreven: 'nee', 'lpa-betrokken': 'nee' },
    today: '2026-10-20',
    applies: ['bezwaar-verwijdering', 'verwijdering-zonder-school', 'onderwijs-thuis-vragen', 'leerplicht-inschakelen'],
    notApplies: ['inschrijving-navragen', 'uitschrijving-navragen', 'inschrijving-na-besluit'],
    steps: { 'leerplicht-inschakelen': { group: 'nu' } },
  },
  {
    // Session 37 (s37-nergens): never enrolled at any school (after a move, on arrival). No school de-registered the child:
    // no "ask why it was de-registered", no school to ask for lessons or an OPP; register in writing now (001:119).
    // Answers left from an earlier reason (enrolled "nee", lessons "nee", an OPP "nee") are not asked now and count for nothing.
    name: 'thuiszitten: never enrolled anywhere: register in writing now, not "ask why it was de-registered"',
    answers: { ...without(GESCHORST, 'schorsing-datum'), 'thuis-reden': 'nergens', ingeschreven: 'nee', 'lessen-nu': 'nee', 'lpa-betrokken': 'nee', opp: 'nee' },
    today: '2026-11-23',
    applies: ['nergens-ingeschreven', 'leerplicht-inschakelen', 'verzuim-niet-ingeschreven'],
    notApplies: ['uitschrijving-navragen', 'inschrijving-navragen', 'onderwijs-thuis-vragen', 'verzuim-melding', 'schorsing-einde', 'opp-vragen', 'schriftelijk-aanmelden'],
    steps: { 'nergens-ingeschreven': { group: 'nu' }, 'leerplicht-inschakelen': { group: 'nu' } },
    noDeadline: ['nergens-ingeschreven'],
  },
  {
    name: 'thuiszitten: never enrolled, registered in writing: the aanmelden steps and their 6 weeks, no second step',
    answers: {
      ...without(GESCHORST, 'schorsing-datum'), situatie: ['aanmelden', 'thuiszitten'], 'thuis-reden': 'nergens', 'lpa-betrokken': 'nee',
      'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-16', 'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'nee',
      'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', vervoer: 'nee',
    },
    today: '2026-11-23',
    applies: ['besluit-aanmelding', 'leerplicht-inschakelen', 'verzuim-niet-ingeschreven'],
    notApplies: ['nergens-ingeschreven', 'schriftelijk-aanmelden', 'uitschrijving-navragen', 'verzuim-melding'],
    steps: { 'besluit-aanmelding': { deadline: { due: '2026-12-28' } } },
  },
  {
    name: 'thuiszitten: not sure whether enrolled: ask whether it is',
    answers: { ...without(GESCHORST, 'schorsing-datum'), 'thuis-reden': 'anders', ingeschreven: 'weet-niet' },
    today: '2026-11-23',
    applies: ['inschrijving-navragen', 'verzuim-melding'],
    notApplies: ['uitschrijving-navragen', 'verzuim-niet-ingeschreven', 'inschrijving-na-besluit'],
    steps: { 'inschrijving-navragen': { group: 'nu' } },
  },
  {
    name: 'thuiszitten: cannot go (other reason), no OPP',
    answers: { ...without(GESCHORST, 'schorsing-datum', 'opp-besproken', 'opp-ingestemd'), 'thuis-reden': 'kan-niet', opp: 'nee' },
    today: '2026-11-23',
    applies: ['opp-vragen', 'maatwerk-onderwijstijd', 'vrijstelling'],
    notApplies: ['handelingsverlegen-zonder-opp', 'wachtlijst-zorgplicht', 'niet-welkom-zorgplicht', 'schorsing-einde', 'opp-evaluatie'],
  },

  // ── TLV ──
  {
    name: 'tlv: applied, application seen, heard',
    answers: TLV_AANGEVRAAGD,
    today: '2026-11-23',
    applies: ['tlv-zienswijze', 'tlv-geldigheid', 'opp-evaluatie'],
    notApplies: [
      'tlv-aanvraag-inzien', 'tlv-gehoord-worden', 'tlv-bezwaar', 'tlv-besluitdatum-achterhalen', 'tlv-inschrijven', 'tlv-school-zoeken',
      'vervoer-aanvragen', 'onderzoek-vragen', 'sop-opvragen', 'handelingsverlegen-reageren', 'wachtlijst-zorgplicht', 'geschillencommissie',
    ],
    // Session 52 (lawyer-s51-answers D5): groep 3-6 with an OPP: the overstap step under "goed om te weten", groep 6's text (H13).
    exactSteps: ['tlv-zienswijze', 'tlv-geldigheid', 'opp-evaluatie', 'steunpunt-bellen', 'afspraken-bevestigen', 'overstap-voorbereiden', 'dossier-verbeteren'], // s78: dossier seen (G05)
    exactWarnings: [],
  },
  {
    name: 'tlv: applied without the parents seeing it, not heard',
    answers: { ...TLV_AANGEVRAAGD, 'tlv-aanvraag-gezien': 'nee', 'tlv-gehoord': 'weet-niet', vervoer: 'ja', onderzoek: 'ander' },
    today: '2026-11-23',
    applies: ['tlv-aanvraag-inzien', 'tlv-gehoord-worden', 'tlv-zienswijze', 'vervoer-aanvragen', 'onderzoek-vragen', 'oud-of-ander-onderzoek'],
    notApplies: ['tlv-bezwaar'],
  },
  {
    name: 'tlv: school wants to apply (the hearing question is not asked yet)',
    answers: { ...TLV_AANGEVRAAGD, 'tlv-fase': 'school-wil-aanvragen', 'tlv-aanvraag-gezien': 'nee', 'tlv-gehoord': 'nee' },
    today: '2026-11-23',
    applies: ['tlv-zienswijze', 'tlv-aanvraag-inzien'],
    notApplies: ['tlv-gehoord-worden', 'tlv-bezwaar', 'tlv-besluitdatum-achterhalen'],
  },
  {
    name: 'tlv: refused on 20 October 2026, parents disagree',
    answers: { ...TLV_BESLUIT, 'tlv-besluit': 'afgewezen', 'tlv-eens': 'nee', 'bezwaar-ingediend': 'nee' },
    today: '2026-11-23',
    // Session 45: after a refusal the school keeps its zorgplicht (na-tlv-afwijzing); no TLV, so no validity step.
    applies: ['tlv-bezwaar', 'na-tlv-afwijzing'],
    notApplies: ['tlv-zienswijze', 'tlv-aanvraag-inzien', 'tlv-gehoord-worden', 'tlv-inschrijven', 'tlv-school-zoeken', 'tlv-besluitdatum-achterhalen', 'geschillencommissie', 'tlv-geldigheid'],
    steps: {
      'tlv-bezwaar': {
        group: 'nu',
        deadline: { start: '2026-10-20', startWhat: 'besluit-bekend', amount: 6, unit: 'weeks', due: '2026-12-01', daysLeft: 8, status: 'upcoming', certain: false },
      },
    },
  },
  {
    name: 'tlv: granted, parents disagree: bezwaar first; enrolling at the new school only if it fails',
    answers: { ...TLV_BESLUIT, 'tlv-eens': 'nee', 'bezwaar-ingediend': 'nee' },
    today: '2026-12-02',
    applies: ['tlv-bezwaar', 'tlv-inschrijven', 'onderwijsconsulenten'],
    notApplies: ['tlv-school-zoeken', 'tlv-niet-gehoord', 'bezwaar-loopt'],
    steps: {
      'tlv-bezwaar': { group: 'nu', deadline: { due: '2026-12-01', status: 'passed', certain: false } },
      'tlv-inschrijven': { group: 'als-het-niet-lukt' },
    },
  },
  {
    name: 'tlv: granted, parents disagree and were not heard: a ground for the objection',
    answers: { ...TLV_BESLUIT, 'tlv-eens': 'nee', 'tlv-gehoord': 'nee', 'bezwaar-ingediend': 'nee' },
    today: '2026-11-23',
    applies: ['tlv-bezwaar', 'tlv-niet-gehoord'],
    notApplies: ['tlv-gehoord-worden'],
  },
  {
    // Session 51 (lawyer-s51-tlv-opp D5): an OPP is part of a TLV application (001:910); none, while the parent objects.
    name: 'tlv: granted, parents disagree, no OPP: the application needs one (warning tlv-zonder-opp)',
    answers: { ...TLV_BESLUIT, 'tlv-eens': 'nee', 'bezwaar-ingediend': 'nee', opp: 'nee' },
    today: '2026-11-23',
    applies: ['tlv-bezwaar', 'tlv-zonder-opp'],
    notApplies: ['tlv-gehoord-worden'],
  },
  {
    name: 'tlv: objection filed on 10 November: no "object" step, the objection runs',
    answers: { ...TLV_BESLUIT, 'tlv-eens': 'nee', 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-11-10' },
    today: '2026-11-23',
    applies: ['bezwaar-loopt'],
    notApplies: ['tlv-bezwaar', 'verzoek-te-laat', 'geschillencommissie', 'gpo-loopt', 'bezwaar-twee-besluiten'],
  },
  {
    // Session 18 (s005-bezwaar-tlv-en-verwijdering-een-antwoord): one "bezwaar: ja" for two decisions must not hide
    // the other decision's 6 weeks (002:846-850; 001:939-941).
    name: 'tlv disagreed and a written removal decision, "bezwaar: ja" once: both bezwaar steps stay, with a warning',
    answers: {
      ...TLV_BESLUIT, situatie: ['handelingsverlegen', 'tlv'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja',
      'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-02', 'verwijdering-andere-school': 'nee',
      'tlv-eens': 'nee', 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-11-10', 'gpo-ingediend': 'nee',
    },
    today: '2026-11-23',
    applies: ['bezwaar-twee-besluiten', 'bezwaar-verwijdering', 'tlv-bezwaar', 'bezwaar-loopt', 'geschillencommissie'],
    notApplies: ['verzoek-te-laat'],
    steps: {
      'bezwaar-verwijdering': { group: 'nu', deadline: { start: '2026-11-02', due: '2026-12-14', status: 'upcoming', certain: true } },
    },
  },
  {
    name: 'tlv: objection filed after the 6 weeks: warned',
    answers: { ...TLV_BESLUIT, 'tlv-eens': 'nee', 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-12-02' },
    today: '2026-12-03',
    applies: ['bezwaar-loopt', 'verzoek-te-laat'],
    notApplies: ['tlv-bezwaar'],
  },
  {
    name: 'session 22: a meeting after the last day for bezwaar against a removal: do not wait for it (FP-P4)',
    answers: { ...REMOVAL_DECIDED_2_NOV, 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-17' },
    today: '2026-11-30',
    applies: ['termijn-voor-gesprek', 'bezwaar-verwijdering', 'geschillencommissie', 'gesprek-voorbereiden'],
    notApplies: [],
  },
  {
    name: 'session 22: the meeting comes before the last day: no warning',
    answers: { ...REMOVAL_DECIDED_2_NOV, 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-03' },
    today: '2026-11-30',
    applies: ['bezwaar-verwijdering', 'gesprek-voorbereiden'],
    notApplies: ['termijn-voor-gesprek'],
  },
  {
    name: 'session 23: a meeting after the uncertain TLV bezwaar term: the warning that says the date is not sure',
    answers: { ...TLV_BESLUIT, 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-11-09', 'tlv-eens': 'nee', 'bezwaar-ingediend': 'nee', 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-22' },
    today: '2026-11-30',
    applies: ['termijn-voor-gesprek-onzeker', 'tlv-bezwaar'],
    notApplies: ['termijn-voor-gesprek'],
  },
  {
    name: 'session 23: the klachtencommissie answered: what follows, not its passed 4 weeks',
    answers: { ...HANDELINGSVERLEGEN, klacht: 'beantwoord', 'klacht-datum': '2026-10-01' },
    today: '2026-11-30',
    applies: ['klacht-beantwoord'],
    notApplies: ['klacht-loopt', 'klacht-indienen'],
  },
  {
    name: 'tlv: an SO TLV: the validity step (a temporary TLV ends, session 60 D1); cluster 1 and 2 are SO without a TLV (session 20, 001:945-958)',
    answers: { ...TLV_BESLUIT, 'tlv-soort': 'so' },
    today: '2026-11-23',
    applies: ['tlv-inschrijven', 'cluster-1-2', 'tlv-geldigheid'],
    notApplies: [],
  },
  {
    name: 'tlv: granted, the parent turned down a place: warned',
    answers: { ...TLV_BESLUIT, 'aanbod-geweigerd': 'ja' },
    today: '2026-11-23',
    applies: ['aanbod-geweigerd'],
    notApplies: [],
  },
  {
    // Session 38 (s38-fp), FP25/FP-P1: another school is willing to admit the child; the plan says what to do with it before
    // the parent turns it down, not only after.
    name: 'handelingsverlegen: the school wants the child gone and another school will admit it: look at that school',
    answers: { ...HANDELINGSVERLEGEN, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'nee', 'verwijdering-andere-school': 'ja', 'aanbod-geweigerd': 'nee' },
    today: '2026-11-23',
    applies: ['voorgestelde-school'],
    notApplies: ['verwijdering-zonder-school', 'aanbod-geweigerd'],
    noDeadline: ['voorgestelde-school'],
    steps: { 'voorgestelde-school': { group: 'binnenkort' } },
  },
  {
    name: 'handelingsverlegen: another school will admit the child, and the parent turned it down: the warning, not the step',
    answers: { ...HANDELINGSVERLEGEN, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'nee', 'verwijdering-andere-school': 'ja', 'aanbod-geweigerd': 'ja' },
    today: '2026-11-23',
    applies: ['aanbod-geweigerd'],
    notApplies: ['voorgestelde-school'],
  },
  {
    name: 'tlv: granted, parents agree, place available',
    answers: TLV_BESLUIT,
    today: '2026-11-23',
    applies: ['tlv-inschrijven', 'tlv-geldigheid'],
    notApplies: ['tlv-bezwaar', 'tlv-besluitdatum-achterhalen', 'tlv-school-zoeken', 'tlv-zienswijze', 'wachtlijst-zorgplicht', 'wachtlijst-overbruggen', 'onderwijs-thuis-vragen', 'cluster-1-2', 'na-tlv-afwijzing'],
  },
  {
    name: 'tlv: decision date unknown, looking for a school',
    answers: { ...TLV_BESLUIT, 'tlv-besluit-datum': 'weet-niet', 'tlv-eens': 'nee', 'tlv-plek': 'zoeken', 'bezwaar-ingediend': 'nee' },
    today: '2026-11-23',
    applies: ['tlv-besluitdatum-achterhalen', 'tlv-school-zoeken'],
    notApplies: ['tlv-bezwaar', 'tlv-inschrijven'],
    noDeadline: ['tlv-besluitdatum-achterhalen'],
  },
  {
    name: 'tlv: granted, does not know about a place',
    answers: { ...TLV_BESLUIT, 'tlv-plek': 'weet-niet' },
    today: '2026-11-23',
    applies: ['tlv-school-zoeken'],
    notApplies: ['tlv-inschrijven', 'wachtlijst-zorgplicht'],
  },
  {
    name: 'tlv: granted, on a waiting list: the current school keeps its duty',
    answers: { ...TLV_BESLUIT, 'tlv-plek': 'wachtlijst', vervoer: 'weet-niet' },
    today: '2026-11-23',
    // Session 46 (s037-tlv-so-wachtlijst-kind-op-school): the child goes to school; no "ask for education" for a child at home.
    applies: ['wachtlijst-zorgplicht', 'vervoer-aanvragen'],
    notApplies: ['tlv-inschrijven', 'tlv-school-zoeken', 'onderwijs-thuis-vragen'],
  },
  {
    name: 'tlv: phase unknown: find out where it stands',
    answers: { ...without(TLV_AANGEVRAAGD, 'tlv-aanvraag-gezien', 'tlv-gehoord'), 'tlv-fase': 'weet-niet' },
    today: '2026-11-23',
    applies: ['tlv-geldigheid', 'tlv-stand-navragen'],
    notApplies: ['tlv-zienswijze', 'tlv-aanvraag-inzien', 'tlv-gehoord-worden', 'tlv-bezwaar', 'tlv-besluitdatum-achterhalen'],
  },

  // ── Schema 2: decisions in writing or not, what the parent already did (issue 11) ──
  {
    name: 'aanmelden: refused only by phone: no clock from a call; ask for a written, reasoned decision',
    answers: { ...GEWEIGERD, 'weigering-schriftelijk': 'nee' },
    today: '2026-10-15',
    applies: ['weigering-op-papier-vragen', 'onderwijsconsulenten'],
    notApplies: ['bezwaar-weigering', 'geschillencommissie', 'weigerdatum-achterhalen', 'bezwaar-loopt', 'gpo-loopt'],
    steps: { 'weigering-op-papier-vragen': { group: 'nu' } },
    noDeadline: ['weigering-op-papier-vragen'],
  },
  {
    name: 'aanmelden: refused, bezwaar and GPO both filed: no steps to file them again',
    answers: { ...GEWEIGERD, 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-10-20', 'gpo-ingediend': 'ja', 'gpo-datum': '2026-10-21' },
    today: '2026-11-23',
    applies: ['bezwaar-loopt', 'gpo-loopt'],
    notApplies: ['bezwaar-weigering', 'geschillencommissie', 'verzoek-te-laat', 'weigering-op-papier-vragen'],
  },
  {
    name: 'aanmelden: refused, GPO request sent after the 6 weeks: warned',
    answers: { ...GEWEIGERD, 'gpo-ingediend': 'ja', 'gpo-datum': '2026-11-13' },
    today: '2026-11-23',
    applies: ['gpo-loopt', 'verzoek-te-laat', 'bezwaar-weigering'],
    notApplies: ['geschillencommissie'],
  },
  {
    name: 'handelingsverlegen: written removal decision on 10 November while the child still goes to school: bezwaar and GPO side by side',
    answers: {
      ...HANDELINGSVERLEGEN, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-10', 'verwijdering-andere-school': 'nee',
      'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee',
    },
    today: '2026-11-23',
    applies: ['bezwaar-verwijdering', 'geschillencommissie', 'verwijdering-zonder-school', 'onderwijsconsulenten'],
    notApplies: ['verwijderdatum-achterhalen', 'verwijderbesluit-navragen', 'verwijderbesluit-op-papier-vragen', 'onderwijs-thuis-vragen'],
    steps: {
      'bezwaar-verwijdering': { group: 'nu', deadline: { start: '2026-11-10', startWhat: 'besluit-bekend', amount: 6, unit: 'weeks', due: '2026-12-22', certain: true } },
      geschillencommissie: { group: 'nu', deadline: { start: '2026-11-10', due: '2026-12-22', certain: false } },
    },
  },
  {
    name: 'handelingsverlegen: removal only said in a talk: no clock; ask for the decision on paper',
    answers: { ...HANDELINGSVERLEGEN, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'mondeling', 'verwijdering-datum': '2026-11-10', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee' },
    today: '2026-11-23',
    applies: ['verwijderbesluit-op-papier-vragen', 'verwijdering-zonder-school'],
    notApplies: ['bezwaar-verwijdering', 'geschillencommissie', 'verwijderdatum-achterhalen'],
  },
  {
    name: 'handelingsverlegen: the school does not take on the parents\' suggestions for the OPP',
    answers: { ...HANDELINGSVERLEGEN, 'opp-onenigheid': 'niet-overgenomen' },
    today: '2026-11-23',
    applies: ['opp-zienswijze', 'geschillencommissie', 'onderwijsconsulenten'],
    notApplies: ['opp-instemmen', 'gpo-loopt'],
    steps: { geschillencommissie: { group: 'als-het-niet-lukt' } },
    noDeadline: ['geschillencommissie', 'opp-zienswijze'],
  },
  {
    name: 'handelingsverlegen: consent never asked, although the parent answered "agreed": ask to consent',
    answers: { ...HANDELINGSVERLEGEN, 'opp-onenigheid': 'geen-instemming-gevraagd' },
    today: '2026-11-23',
    applies: ['opp-instemmen', 'geschillencommissie'],
    notApplies: ['opp-zienswijze'],
  },

  {
    name: 'handelingsverlegen: the school only said it: ask for an explanation in writing',
    answers: { ...HANDELINGSVERLEGEN, 'hv-schriftelijk': 'nee' },
    today: '2026-11-23',
    applies: ['handelingsverlegen-reageren'],
    notApplies: ['handelingsverlegen-brief-beantwoorden'],
    steps: { 'handelingsverlegen-reageren': { group: 'nu' } },
  },

  // ── Reading first: no plan at all ──
  {
    name: 'ik wil eerst lezen: nothing applies, whatever else is stored',
    answers: { ...GESCHORST, ...HANDELINGSVERLEGEN, ...TLV_AANGEVRAAGD, 'school-zegt': ['school-vol', 'proefperiode'], situatie: ['lezen'] },
    today: '2026-11-23',
    readingOnly: true,
    applies: [],
    notApplies: ALL_IDS,
    exactSteps: [],
    exactWarnings: [],
  },

  // ── Combinations ──
  {
    name: 'tlv + thuiszitten: TLV granted, waiting list, at home since 2 November',
    answers: {
      ...TLV_BESLUIT,
      situatie: ['thuiszitten', 'tlv'],
      'tlv-plek': 'wachtlijst',
      'thuis-sinds': '2026-11-02',
      'thuis-hoeveel': 'helemaal',
      'thuis-reden': 'wachtlijst',
      ingeschreven: 'ja',
      'lessen-nu': 'nee',
      'lpa-betrokken': 'nee',
    },
    today: '2026-11-23',
    applies: ['wachtlijst-zorgplicht', 'onderwijs-thuis-vragen', 'leerplicht-inschakelen', 'verzuim-melding', 'onderwijsconsulenten', 'tlv-geldigheid'],
    notApplies: ['tlv-inschrijven', 'afspraken-thuis-vastleggen', 'inschrijving-navragen', 'schorsing-einde'],
    steps: { 'onderwijs-thuis-vragen': { group: 'nu' }, onderwijsconsulenten: { group: 'binnenkort' } },
    noDeadline: ['verzuim-melding', 'onderwijsconsulenten'],
  },
  {
    name: 'handelingsverlegen + tlv: school wants to apply, no OPP',
    answers: {
      ...without(HANDELINGSVERLEGEN, 'opp-besproken', 'opp-ingestemd'),
      situatie: ['handelingsverlegen', 'tlv'],
      opp: 'nee',
      'hv-wil-weg': 'ja',
      'tlv-fase': 'school-wil-aanvragen',
      'tlv-aanvraag-gezien': 'nee',
      'tlv-soort': 'sbo',
      vervoer: 'nee',
      'verwijdering-besluit': 'nee',
      'verwijdering-andere-school': 'nee',
      'aanbod-geweigerd': 'nee',
    },
    today: '2026-11-23',
    applies: [
      'handelingsverlegen-brief-beantwoorden', 'opp-vragen', 'tlv-zienswijze', 'tlv-aanvraag-inzien', 'handelingsverlegen-zonder-opp', 'verwijdering-zonder-school',
      'onderwijsconsulenten',
    ],
    // No removal decision yet: no bezwaar and no GPO clock.
    notApplies: ['opp-instemmen', 'tlv-gehoord-worden', 'tlv-bezwaar', 'geschillencommissie', 'bezwaar-verwijdering', 'verwijderbesluit-navragen', 'handelingsverlegen-reageren'],
  },
  {
    name: 'aanmelden + handelingsverlegen: registering elsewhere while the current school gives up',
    answers: {
      ...HANDELINGSVERLEGEN,
      ...without(AANMELDEN, 'groep', 'school-zegt', 'jeugdhulp', 'klacht', 'gesprek-gepland'),
      situatie: ['aanmelden', 'handelingsverlegen'],
      'meer-scholen': 'ja',
    },
    today: '2026-03-20',
    applies: ['besluit-aanmelding', 'handelingsverlegen-brief-beantwoorden', 'sop-opvragen', 'eerste-keus-melden', 'meer-scholen-risico'],
    notApplies: ['schriftelijk-aanmelden', 'opp-vragen'],
    steps: { 'besluit-aanmelding': { group: 'binnenkort', deadline: { due: '2026-04-14' } } },
  },
];

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────

const stepIds = (p: Plan) => p.steps.map((s) => s.id);
const warningIds = (p: Plan) => p.warnings.map((w) => w.id);
const has = (p: Plan, id: string) => stepIds(p).includes(id) || warningIds(p).includes(id);
const step = (p: Plan, id: string): PlanStep => {
  const s = p.steps.find((x) => x.id === id);
  if (!s) throw new Error(`step ${id} is not in the plan (steps: ${stepIds(p).join(', ')})`);
  return s;
};

// ── Tests ────────────────────────────────────────────────────────────────────────────────────

describe('buildPlan, table-driven', () => {
  describe.each(rows)('$name', (row) => {
    const plan = buildPlan(row.answers, row.today);

    it('uses realistic, complete answers', () => {
      expect(isComplete(row.answers)).toBe(!row.readingOnly);
      for (const id of [...row.applies, ...row.notApplies, ...(row.exactSteps ?? []), ...(row.exactWarnings ?? [])]) {
        expect(ALL_IDS, `unknown id ${id} in the test table`).toContain(id);
      }
    });

    it('has the steps and warnings that apply', () => {
      for (const id of row.applies) expect(has(plan, id), `${id} should apply`).toBe(true);
      for (const id of row.notApplies) expect(has(plan, id), `${id} should not apply`).toBe(false);
      if (row.exactSteps) expect([...stepIds(plan)].sort()).toEqual([...row.exactSteps].sort());
      if (row.exactWarnings) expect([...warningIds(plan)].sort()).toEqual([...row.exactWarnings].sort());
    });

    it('has the right groups, deadlines, params and moments', () => {
      for (const [id, exp] of Object.entries(row.steps ?? {})) {
        const s = step(plan, id);
        if (exp.group) expect(s.group, `${id} group`).toBe(exp.group);
        if (exp.deadline) {
          expect(s.deadline, `${id} deadline`).toBeDefined();
          expect(s.deadline).toMatchObject(exp.deadline);
        }
        if (exp.params) expect(s.params).toEqual(exp.params);
        if (exp.moment) expect(s.moment).toEqual(exp.moment);
      }
      for (const id of row.noDeadline ?? []) expect(step(plan, id).deadline, `${id} has no deadline`).toBeUndefined();
      for (const id of row.noMoment ?? []) expect(step(plan, id).moment, `${id} has no moment`).toBeUndefined();
    });

    it('is ordered by orderPlan: groups in order, nothing due within 14 days or passed outside "Nu doen", the GPO beside its bezwaar', () => {
      const order = plan.steps.map((s) => GROUPS.indexOf(s.group));
      expect(order.every((g) => g >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const s of plan.steps) if (s.deadline && s.deadline.daysLeft <= URGENT_DAYS) expect(s.group, s.id).toBe('nu');
      const ids = stepIds(plan);
      const gpo = ids.indexOf('geschillencommissie');
      const objection = ids.findIndex((id) => ['bezwaar-weigering', 'bezwaar-verwijdering', 'weigerdatum-achterhalen', 'verwijderdatum-achterhalen', 'bezwaar-loopt'].includes(id));
      if (gpo >= 0 && objection >= 0) expect(gpo).toBe(objection + 1);
    });

    it('marks uncertain terms as not certain, and only those', () => {
      for (const s of plan.steps) {
        if (s.deadline) expect(s.deadline.certain, `${s.id} certain`).toBe(!UNCERTAIN_STEPS.has(s.id));
      }
    });

    it('always offers the steunpunt, lists every id once, and keeps today and the situations', () => {
      if (!row.readingOnly) expect(stepIds(plan)).toContain('steunpunt-bellen');
      expect(new Set(stepIds(plan)).size).toBe(plan.steps.length);
      expect(new Set(warningIds(plan)).size).toBe(plan.warnings.length);
      expect(plan.today).toBe(row.today);
      expect(plan.situations).toEqual(row.answers['situatie']);
    });

    it('each step is in the group its rule gives (urgent or passed: "Nu doen")', () => {
      const f = factsFrom(row.answers, row.today);
      for (const s of plan.steps) {
        const rule = stepRules.find((r) => r.id === s.id)!;
        const base = rule.groupFor?.(f) ?? rule.group;
        const late = s.deadline?.status === 'passed' && rule.lateGroup ? rule.lateGroup : base;
        const expected = s.deadline && s.deadline.daysLeft <= URGENT_DAYS ? 'nu' : late;
        expect(s.group, s.id).toBe(expected);
      }
    });
  });
});

describe('buildPlan, specific rules', () => {
  it('steunpunt-bellen is in the plan for every single situation', () => {
    for (const base of [AANMELDEN, GEWEIGERD, HANDELINGSVERLEGEN, GESCHORST, VERWIJDERD, TLV_AANGEVRAAGD, TLV_BESLUIT]) {
      expect(stepIds(buildPlan(base, '2026-11-23'))).toContain('steunpunt-bellen');
    }
    for (const situatie of ['aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv']) {
      expect(stepIds(buildPlan({ situatie: [situatie] }, '2026-11-23')), situatie).toContain('steunpunt-bellen');
    }
  });

  it('gives nothing at all for "ik wil eerst lezen", even with old answers stored', () => {
    const answers: Answers = { ...GESCHORST, ...HANDELINGSVERLEGEN, situatie: ['lezen'] };
    expect(isComplete(answers)).toBe(false);
    const plan = buildPlan(answers, '2026-11-23');
    expect(plan.steps).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.situations).toEqual(['lezen']);
    expect(buildPlan({ situatie: ['lezen'] }, '2026-11-23')).toEqual({ today: '2026-11-23', situations: ['lezen'], steps: [], warnings: [] });
  });

  it('gives nothing for no answers at all', () => {
    expect(buildPlan({}, '2026-11-23')).toEqual({ today: '2026-11-23', situations: [], steps: [], warnings: [] });
  });

  it('a passed admission deadline moves besluit-aanmelding to the top of "nu"', () => {
    const plan = buildPlan({ ...AANMELDEN, 'aanmelding-bevestiging': 'nee' }, '2026-05-01');
    const s = step(plan, 'besluit-aanmelding');
    expect(s.group).toBe('nu');
    expect(s.deadline).toMatchObject({ due: '2026-04-14', status: 'passed', daysLeft: -17 });
    // It has the earliest due date in "nu", so it comes first.
    expect(plan.steps[0]!.id).toBe('besluit-aanmelding');
    expect(plan.steps[1]!.id).toBe('ontvangst-bevestigen');
  });

  it('the extended admission term is 10 weeks, never more', () => {
    const plan = buildPlan({ ...AANMELDEN, 'aanmelding-verlengd': 'ja' }, '2026-05-13');
    expect(step(plan, 'besluit-aanmelding').deadline).toMatchObject({ due: '2026-05-12', status: 'passed', amount: 10 });
    expect(step(plan, 'besluit-aanmelding').group).toBe('nu');
  });

  it('no admission deadline is ever attached to anything but besluit-aanmelding', () => {
    for (const row of rows) {
      for (const s of buildPlan(row.answers, row.today).steps) {
        if (s.deadline?.startWhat === 'aanmelding-ontvangen') expect(s.id).toBe('besluit-aanmelding');
      }
    }
  });

  it('a "weet ik niet" date gives the matching find-out step and no deadline step', () => {
    const cases: [Answers, string, string][] = [
      [{ ...AANMELDEN, 'aanmelding-datum': 'weet-niet' }, 'aanmelddatum-achterhalen', 'besluit-aanmelding'],
      [{ ...GEWEIGERD, 'weigering-datum': 'weet-niet' }, 'weigerdatum-achterhalen', 'bezwaar-weigering'],
      [{ ...GESCHORST, 'schorsing-datum': 'weet-niet' }, 'schorsingsdatum-achterhalen', 'schorsing-einde'],
      [{ ...VERWIJDERD, 'verwijdering-datum': 'weet-niet' }, 'verwijderdatum-achterhalen', 'bezwaar-verwijdering'],
      [{ ...TLV_BESLUIT, 'tlv-eens': 'nee', 'bezwaar-ingediend': 'nee', 'tlv-besluit-datum': 'weet-niet' }, 'tlv-besluitdatum-achterhalen', 'tlv-bezwaar'],
      [{ ...HANDELINGSVERLEGEN, 'opp-besproken': 'weet-niet' }, 'opp-datum-achterhalen', 'opp-evaluatie'],
    ];
    for (const [answers, findOut, dated] of cases) {
      expect(isComplete(answers)).toBe(true);
      const plan = buildPlan(answers, '2026-11-23');
      expect(stepIds(plan), findOut).toContain(findOut);
      expect(stepIds(plan), dated).not.toContain(dated);
      expect(step(plan, findOut).deadline).toBeUndefined();
      // And with the date known, the other way round.
      const known = buildPlan({ ...answers, [Object.keys(answers).find((k) => answers[k] === 'weet-niet')!]: '2026-11-02' }, '2026-11-23');
      expect(stepIds(known), findOut).not.toContain(findOut);
      expect(stepIds(known), dated).toContain(dated);
    }
  });

  it('a suspension longer than a week: the step "schorsing-einde" is passed and in "Nu doen" from the day after the week', () => {
    for (const [today, status] of [
      ['2026-11-16', 'upcoming'],
      ['2026-11-22', 'upcoming'],
      ['2026-11-23', 'today'],
      ['2026-11-24', 'passed'],
      ['2027-01-10', 'passed'],
    ] as const) {
      const s = step(buildPlan(GESCHORST, today), 'schorsing-einde');
      expect(s.deadline?.status, today).toBe(status);
      expect(s.group, today).toBe('nu');
    }
  });

  it('the dossier request is answered one month from the day it was sent, not certain; no date before it is sent', () => {
    const notSent = buildPlan({ ...HANDELINGSVERLEGEN, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee' }, '2026-11-23');
    expect(step(notSent, 'dossier-opvragen').deadline).toBeUndefined();
    for (const [sent, due] of [
      ['2026-11-23', '2026-12-23'],
      ['2026-01-31', '2026-02-28'],
      ['2028-01-31', '2028-02-29'],
      ['2026-12-31', '2027-01-31'],
    ] as const) {
      const answers = { ...HANDELINGSVERLEGEN, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': sent };
      const d = step(buildPlan(answers, sent), 'dossier-herinneren').deadline!;
      expect(d).toMatchObject({ start: sent, startWhat: 'verzoek-verstuurd', amount: 1, unit: 'months', due, certain: false, status: 'upcoming' });
    }
  });

  it('is pure: the same answers and day give the same plan, and the answers are not changed', () => {
    const answers = { ...VERWIJDERD };
    const copy = JSON.parse(JSON.stringify(answers));
    expect(buildPlan(answers, '2026-11-23')).toEqual(buildPlan(answers, '2026-11-23'));
    expect(answers).toEqual(copy);
  });
});

describe('coverage of the catalogue', () => {
  const applied = new Set(rows.flatMap((r) => r.applies));
  const notApplied = new Set(rows.flatMap((r) => r.notApplies));

  it('every step and warning id has a row where it applies', () => {
    expect([...applied].sort()).toEqual([...ALL_IDS].sort());
  });

  it('every step and warning id has a row where it must not apply', () => {
    expect([...notApplied].sort()).toEqual([...ALL_IDS].sort());
  });

  it('step and warning ids are unique', () => {
    expect(new Set(ALL_IDS).size).toBe(ALL_IDS.length);
  });
});
