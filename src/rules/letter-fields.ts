// Letter field names: a small module of its own, so the app shell can know them without the letter code.
/**
 * The values a letter can use, by placeholder name. Letters (content/nl/letters/*.md) may use only
 * these; the content build fails on any other. Labels for missing values live in ui.yaml (letterField.*).
 */
export const LETTER_FIELDS = [
  'ouder_naam', 'ouder_adres', 'ouder_postcode_plaats', 'ouder_email', 'ouder_telefoon',
  'kind_naam', 'kind_voornaam', 'kind_geboortedatum', 'kind_bsn', 'kind_groep',
  'school_naam', 'schoolbestuur', 'samenwerkingsverband', 'gemeente',
  'datum_vandaag', 'datum_aanmelding', 'datum_besluit_uiterlijk', 'datum_besluit', 'datum_thuis_sinds', 'datum_schorsing', 'datum_gesprek',
  'ondersteuningsbehoefte',
  // From the latest recorded meeting (src/meeting/letter.ts, issue 18).
  'afspraken', 'vervolggesprek', 'school_stuurt', 'aanwezig',
  // Session 47: a paragraph only some letters get (OPTIONAL_FIELDS).
  'voorbehoud',
  // Session 58 (s58-oppletter): verzoek-opp names the day of enrolment and the OPP's last day (OPTIONAL_FIELDS).
  'opp_termijn',
  // Session 60 (s60-enrolled): bericht-leerplichtambtenaar, a child enrolled nowhere and admitted (OPTIONAL_FIELDS, choice lines).
  'toelating_school', 'toelating_gesprek',
  // Session 64 (s64-opp): bezwaar-weigering-verwijdering, the decision's line picked when the plan knows it (PICK_FIELDS).
  'besluit_keuze', 'besluit_grond',
  // Session 67 (s67-summer): onderwijs-tijdens-thuiszitten, the line for the summer holiday picked by the day (PICK_FIELDS).
  'vakantie_keuze',
  // Session 70 (s70-left): herinnering-besluit, its support paragraphs without the removal instruction for a child whose
  // parent told the school of an extra support need (PICK_FIELDS).
  'hulp_keuze',
  // Session 77 (s77-oppnohelp): bezwaar-weigering-verwijdering, its Geschillencommissie sentence, dropped ("0") for a refusal
  // of a child who needs no extra help (F07; PICK_FIELDS).
  'gpo_keuze',
  // Session 78 (s78-left): bezwaar-weigering-verwijdering, the sentence that names the OPP and the research reports among the
  // documents asked for, dropped ("0") for a refusal of a child who needs no extra help (A06, A19; PICK_FIELDS).
  'stukken_keuze',
  // Session 79 (s79-letters): onderwijs-tijdens-thuiszitten, "no education" or "too little education" picked from the answers
  // (lessen-nu, thuis-hoeveel; PICK_FIELDS).
  'les_keuze',
  // Session 80 (s80-left): onderwijs-tijdens-thuiszitten, the enrolment line picked from the answer ingeschreven; verzoek-opp
  // and verzoek-sop, "heeft extra ondersteuning nodig" or "Ik denk dat ..." from ondersteuning-gemeld (PICK_FIELDS).
  'inschrijving_keuze', 'behoefte_keuze',
  // Session 82 (s82-left, 4): bezwaar-weigering-verwijdering, the paragraph on the consultation and the investigation the
  // school owes before a refusal (A07, A13, A20), kept or dropped from the decision and ondersteuning-gemeld (PICK_FIELDS).
  'overleg_keuze',
] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];

/**
 * Fields that are a whole paragraph of their own, there only when it applies: with no value the letter leaves the
 * paragraph out (fillLetter) instead of showing "[label]" to fill in. `voorbehoud` (session 47, lawyer-s46-meetings): the
 * meeting report says it is no agreement with a decision whose bezwaar term runs (FP-P4; 002:748-750, 846-850).
 * `opp_termijn` (session 58): the letter verzoek-opp names the day of enrolment and that day + 6 weeks (oppTermValues).
 * `toelating_school`, `toelating_gesprek` (session 60): the last line of a choice block (fillLetter, CHOICE_BY_ANSWERS) in
 * bericht-leerplichtambtenaar: with a value (admissionValues) it is the block's one line; without, the line goes.
 */
export const OPTIONAL_FIELDS: readonly LetterField[] = ['voorbehoud', 'opp_termijn', 'toelating_school', 'toelating_gesprek', 'besluit_keuze', 'besluit_grond', 'vakantie_keuze', 'hulp_keuze', 'gpo_keuze', 'stukken_keuze', 'les_keuze', 'inschrijving_keuze', 'behoefte_keuze', 'overleg_keuze'];

/**
 * Session 60 (s60-enrolled): optional fields that decide a choice block (fillLetter): on the block's last line alone, with
 * a value the block is that value; without, the line goes and the parent chooses.
 */
export const CHOICE_FIELDS: readonly LetterField[] = ['toelating_school', 'toelating_gesprek'];

/**
 * Session 64 (s64-opp): optional fields that pick one of a choice block's own lines (fillLetter), on the block's last line
 * alone. Their value is never letter text: "n" keeps the block's n-th line to choose from without its leading "[…]"
 * (a condition that the answers settle); "n?" keeps it with that "[…]" (the parent still checks the condition). Without a
 * value, or with one that names no line, the line goes and the parent chooses as before.
 */
export const PICK_FIELDS: readonly LetterField[] = ['besluit_keuze', 'besluit_grond', 'vakantie_keuze', 'hulp_keuze', 'gpo_keuze', 'stukken_keuze', 'les_keuze', 'inschrijving_keuze', 'behoefte_keuze', 'overleg_keuze'];
/**
 * Session 66 (s66-opp): the lines of besluit_keuze in bezwaar-weigering-verwijdering, by decision: "1" the refusal, "2" the
 * removal. One map for both readers: the letter that picks the line (decisionPickValues, src/rules/letters.ts) and the
 * logged "Ik heb deze brief verstuurd" that reads the line back (sentLetterTarget, src/timeline/model.ts). Before, each
 * held "1"/"2" itself, so changing one would have logged a bezwaar against the wrong decision.
 */
export const DECISION_PICK = { weigering: '1', verwijdering: '2' } as const satisfies Readonly<Record<'weigering' | 'verwijdering', string>>;
/** The decision a besluit_keuze line stands for (DECISION_PICK read backwards); undefined for any other value. */
export const decisionOfPick = (pick: string | undefined): keyof typeof DECISION_PICK | undefined =>
  (Object.keys(DECISION_PICK) as (keyof typeof DECISION_PICK)[]).find((k) => DECISION_PICK[k] === pick);

/** Fields the parent types in the "gegevens voor brieven" form. The BSN is never stored. */
export const FORM_FIELDS: readonly LetterField[] = [
  'ouder_naam', 'ouder_adres', 'ouder_postcode_plaats', 'ouder_email', 'ouder_telefoon',
  'kind_naam', 'kind_voornaam', 'kind_geboortedatum', 'kind_groep', 'school_naam', 'schoolbestuur', 'samenwerkingsverband', 'gemeente',
  'ondersteuningsbehoefte',
];
export const NEVER_STORED: readonly LetterField[] = ['kind_bsn'];
