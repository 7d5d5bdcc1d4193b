/**
 * The one alias map of the scenario suite: a legal concept (what a lawyer expects the plan to say)
 * → the plan step or warning ids that express it. A rename in the engine is a one-line change here.
 *
 * Concepts marked NEW have no step on main (src/rules/catalogue.ts at 1e84da8); most now have one on branch
 * `advice` (1fa30a7), whose ids are listed first. Other ids in a list are descriptive proposals,
 * listed in the report for the integrator to map.
 * `kind`: where the concept may appear: a plan step, a warning ("Let op"), or either.
 */
export type ConceptKind = 'step' | 'warning' | 'any';

export interface Concept {
  ids: readonly string[];
  kind: ConceptKind;
  /** Plain Dutch: what this concept means for the parent (shown in REVIEW.md). */
  what: string;
}

export const CONCEPTS = {
  // ── Aanmelden ──
  'schriftelijk-aanmelden': { ids: ['schriftelijk-aanmelden'], kind: 'step', what: 'Meld je kind schriftelijk aan (brief, e-mail, formulier)' },
  'telefoon-geen-aanmelding': { ids: ['telefoon-is-geen-aanmelding'], kind: 'any', what: 'Een telefoontje is geen aanmelding en geen besluit' },
  'besluit-aanmelding': { ids: ['besluit-aanmelding', 'eerdere-aanmelding', 'eerdere-aanmelding-2'], kind: 'step', what: 'De school moet binnen 6 (+4) weken na ontvangst van de aanmelding beslissen' },
  /** Session 74 (s74-receipt): ask the school to confirm the registration's receipt in writing (A04: the 6 weeks run from receipt). */
  'ontvangst-bevestigen': { ids: ['ontvangst-bevestigen'], kind: 'step', what: 'Vraag de school je aanmelding (de dag van ontvangst) schriftelijk te bevestigen' },
  'aanmelddatum-achterhalen': { ids: ['aanmelddatum-achterhalen'], kind: 'step', what: 'Zoek uit wanneer de school de aanmelding ontving' },
  'ondersteuning-melden': { ids: ['ondersteuning-melden'], kind: 'step', what: 'Vertel de school wat je kind nodig heeft' },
  'eerste-keus': { ids: ['eerste-keus-melden'], kind: 'step', what: 'Zeg welke school je eerste keus is (die heeft de zorgplicht)' },
  'meer-scholen-risico': { ids: ['meer-scholen-risico'], kind: 'any', what: 'Aanmelden bij meer scholen maakt de zorgplicht onduidelijk' },
  'school-vol': { ids: ['school-vol'], kind: 'any', what: '"Vol" moet echt vol zijn' },
  /** NEW: ask for a written, reasoned decision (refusal or removal only told by phone or in a meeting). */
  'schriftelijk-besluit-vragen': {
    ids: ['weigering-op-papier-vragen', 'verwijderbesluit-op-papier-vragen', 'verwijderbesluit-navragen', 'schriftelijk-besluit-vragen', 'uitschrijving-navragen'],
    kind: 'any',
    what: 'Vraag om een schriftelijk besluit met redenen',
  },
  'weigering-zonder-andere-school': { ids: ['weigering-zonder-andere-school'], kind: 'any', what: 'Eerst een andere school die je kind toelaat, dan pas weigeren' },
  'nieuwe-aanmelding-na-weigering': { ids: ['nieuwe-aanmelding-na-weigering'], kind: 'any', what: 'Een nieuwe aanmelding na de weigering: eigen 6 weken, het bezwaar blijft' },
  /** Session 25. */
  'weigering-blijft-na-toelating': { ids: ['weigering-blijft-na-toelating'], kind: 'warning', what: 'Toegelaten op de volgende school: de weigering en het bezwaar ertegen blijven, als keuze' },
  'bezwaar-weigering': { ids: ['bezwaar-weigering'], kind: 'step', what: 'Bezwaar tegen de weigering bij het schoolbestuur (6 weken)' },
  /** The parent filed the bezwaar (or GPO request) after the 6 weeks: the plan says so and what can still be done. */
  'bezwaar-te-laat': { ids: ['verzoek-te-laat', 'bezwaar-te-laat'], kind: 'any', what: 'Je bezwaar of verzoek kwam na de termijn' },
  /** Two objectable decisions (board + TLV) and one "bezwaar: ja": each decision needs its own bezwaar. */
  'bezwaar-twee-besluiten': { ids: ['bezwaar-twee-besluiten'], kind: 'warning', what: 'Twee besluiten: tegen elk apart bezwaar, elk met een eigen termijn' },
  'weigerdatum-achterhalen': { ids: ['weigerdatum-achterhalen'], kind: 'step', what: 'Zoek uit wanneer de weigering bekend werd gemaakt' },
  'opp-na-toelating': { ids: ['opp-na-toelating'], kind: 'step', what: 'OPP binnen 6 weken na de inschrijving' },

  // ── Verwijdering, schorsing ──
  'bezwaar-verwijdering': { ids: ['bezwaar-verwijdering'], kind: 'step', what: 'Bezwaar tegen het verwijderingsbesluit bij het schoolbestuur (6 weken)' },
  'eerdere-verwijdering': { ids: ['eerdere-verwijdering', 'eerdere-verwijdering-2', 'eerdere-verwijdering-3'], kind: 'step', what: 'Bezwaar tegen een eerder verwijderingsbesluit op papier: een nieuw besluit stopt die termijn niet' },
  'latere-verwijdering': { ids: ['latere-verwijdering', 'latere-verwijdering-2'], kind: 'step', what: 'Een latere brief met een verwijderingsbesluit: een nieuw besluit, of hetzelfde nog eens? De termijn van het eerste loopt' },
  'verwijderdatum-achterhalen': { ids: ['verwijderdatum-achterhalen'], kind: 'step', what: 'Zoek uit op welke datum het verwijderingsbesluit is genomen' },
  'verwijdering-zonder-school': { ids: ['verwijdering-zonder-school'], kind: 'any', what: 'Eerst een andere school die je kind toelaat, dan pas verwijderen' },
  'niet-welkom-zorgplicht': { ids: ['niet-welkom-zorgplicht'], kind: 'any', what: 'Niet welkom, maar de school houdt de zorgplicht' },
  'wachtlijst-zorgplicht': { ids: ['wachtlijst-zorgplicht'], kind: 'any', what: 'Bij een wachtlijst houdt de huidige school de zorgplicht' },
  /** Session 68 (s68-facts, D24): at home on a waiting list: ask the school and the SWV about a stopgap (no right, a possibility). */
  'wachtlijst-overbruggen': { ids: ['wachtlijst-overbruggen'], kind: 'any', what: 'Thuis op een wachtlijst: vraag school en samenwerkingsverband naar een tijdelijke oplossing (geen recht)' },
  /** Any text that says the school keeps the zorgplicht until another school has admitted the child. */
  'zorgplicht-blijft': {
    ids: ['verwijdering-zonder-school', 'niet-welkom-zorgplicht', 'wachtlijst-zorgplicht', 'zorgplicht-na-uitschrijving'],
    kind: 'any',
    what: 'De school houdt de zorgplicht tot een andere school je kind heeft toegelaten',
  },
  'schorsing-einde': { ids: ['schorsing-einde'], kind: 'step', what: 'Een schorsing duurt in het basisonderwijs hooguit 1 week' },
  /** Session 24: only "does a removal decision exist?" (the wider schriftelijk-besluit-vragen also takes the on-paper steps). */
  'verwijderbesluit-navragen': { ids: ['verwijderbesluit-navragen'], kind: 'step', what: 'Vraag het bestuur of er een besluit tot verwijdering is (dan lopen misschien al 6 weken voor bezwaar)' },
  'schorsingsdatum-achterhalen': { ids: ['schorsingsdatum-achterhalen'], kind: 'step', what: 'Zoek uit wanneer de schorsing begon (dan zie je wanneer de week om is)' },
  /** Session 71: a removal's bezwaar a choice once another school admitted the child (A23). */
  'verwijdering-na-toelating': { ids: ['verwijdering-na-toelating'], kind: 'any', what: 'Na toelating op een andere school is bezwaar tegen de verwijdering een keuze' },
  /** Session 71: registering elsewhere during a conflict moves the zorgplicht once the child is enrolled there (A26, FP-P3). */
  'aangemeld-elders': { ids: ['aangemeld-elders-tijdens-conflict'], kind: 'any', what: 'Aanmelden bij een andere school tijdens een conflict verschuift de zorgplicht' },
  'schorsing-te-lang': { ids: ['schorsing-te-lang'], kind: 'any', what: 'De schorsing duurt langer dan de wet toestaat' },
  'inschrijving-navragen': { ids: ['inschrijving-navragen', 'inschrijving-na-besluit'], kind: 'step', what: 'Vraag na of je kind nog ingeschreven is (na een besluit tot verwijdering op papier met datum: zonder eigen termijn)' },
  /** NEW: warn against de-registering the child yourself in the middle of a conflict (002:2078-2086). */
  'zelf-uitschrijven-risico': { ids: ['zelf-uitschrijven-risico', 'niet-zelf-uitschrijven'], kind: 'any', what: 'Schrijf je kind niet zelf uit zonder nieuwe school' },
  /** NEW: refusing a not-unreasonable offer of another school ends the zorgplicht (002:734-740). */
  'aanbod-weigeren-risico': { ids: ['aanbod-geweigerd', 'aanbod-weigeren-risico'], kind: 'any', what: 'Wijs je een redelijk aanbod af, dan vervalt de zorgplicht' },

  // ── Geschillencommissie, klacht ──
  gpo: {
    ids: ['geschillencommissie', 'geschillencommissie-weigering', 'geschillencommissie-verwijdering', 'gpo'],
    kind: 'step',
    what: 'Leg het geschil voor aan de Geschillencommissie passend onderwijs (termijn niet in de bronnen)',
  },
  'gpo-opp': { ids: ['geschillencommissie', 'geschillencommissie-opp', 'gpo-opp', 'gpo'], kind: 'step', what: 'Geschil over het OPP bij de Geschillencommissie' },
  /** The GPO request is filed: what happens now (no new term to file). */
  'bezwaar-loopt': { ids: ['bezwaar-loopt'], kind: 'step', what: 'Je bezwaar loopt: vraag het besluit op papier; wat daarna kan' },
  'gpo-loopt': { ids: ['gpo-loopt'], kind: 'step', what: 'Je verzoek bij de Geschillencommissie loopt' },
  klacht: { ids: ['klacht-indienen', 'klacht-loopt', 'klacht-volgen', 'klachtencommissie'], kind: 'step', what: 'Klacht (klachtenregeling van de school)' },
  /** NEW: a complaint does not stop the bezwaar or GPO terms. */
  'klacht-stopt-termijn-niet': { ids: ['klacht-stopt-termijn-niet', 'klacht-geen-bezwaar'], kind: 'any', what: 'Een klacht houdt de termijn voor bezwaar en Geschillencommissie niet tegen' },

  // ── OPP ──
  'opp-vragen': { ids: ['opp-vragen'], kind: 'step', what: 'Vraag om het OPP' },
  'opp-instemmen': { ids: ['opp-instemmen'], kind: 'step', what: 'Instemmingsrecht op het handelingsdeel van het OPP' },
  'opp-evaluatie': { ids: ['opp-evaluatie'], kind: 'step', what: 'Het OPP wordt minstens 1 keer per schooljaar met je besproken' },
  'opp-datum-achterhalen': { ids: ['opp-datum-achterhalen'], kind: 'step', what: 'Zoek uit wanneer het OPP besproken is' },
  'handelingsverlegen-uitleg': { ids: ['handelingsverlegen-reageren'], kind: 'step', what: 'Vraag de school om uitleg op papier' },
  'handelingsverlegen-brief': { ids: ['handelingsverlegen-brief-beantwoorden'], kind: 'step', what: 'Reageer op de brief van de school (handelingsverlegen)' },
  'handelingsverlegen-zonder-opp': { ids: ['handelingsverlegen-zonder-opp'], kind: 'any', what: 'Handelingsverlegen, maar geen OPP' },
  'onderzoek-vragen': { ids: ['onderzoek-vragen'], kind: 'step', what: 'Vraag om eigen, actueel onderzoek door de school' },
  'oud-onderzoek': { ids: ['oud-of-ander-onderzoek'], kind: 'any', what: 'Oud of ander onderzoek is niet genoeg' },
  'klas-te-vol': { ids: ['klas-te-vol'], kind: 'any', what: 'Een volle klas is geen reden om hulp te stoppen' },
  'diagnose-geeist': { ids: ['diagnose-geeist'], kind: 'any', what: 'Een diagnose is niet verplicht' },
  proefperiode: { ids: ['proefperiode'], kind: 'any', what: 'Een proefperiode heeft geen basis in de wet' },
  'kleuter-so': { ids: ['kleuter-so'], kind: 'any', what: 'Een kleuter heeft tijd nodig om te wennen (FP17)' },
  sop: { ids: ['sop-opvragen'], kind: 'step', what: 'Vraag wat de school aan ondersteuning biedt' },

  // ── Thuiszitten ──
  'onderwijs-thuis': { ids: ['onderwijs-thuis-vragen'], kind: 'step', what: 'Vraag de school om onderwijs voor je kind (nu)' },
  'afspraken-thuis': { ids: ['afspraken-thuis-vastleggen'], kind: 'step', what: 'Leg de afspraken over les op papier' },
  'voorgestelde-school': { ids: ['voorgestelde-school'], kind: 'step', what: 'Bekijk de voorgestelde school: neem de tijd, bezoek haar; een redelijk aanbod afwijzen heeft gevolgen (FP25, FP-P1)' },
  leerplicht: { ids: ['leerplicht-inschakelen'], kind: 'step', what: 'Neem contact op met de leerplichtambtenaar' },
  verzuim: { ids: ['verzuim-melding'], kind: 'any', what: 'De school moet ongeoorloofd verzuim (16 uur in 4 weken) melden' },
  /** Session 19: a child enrolled nowhere; no school reports its absence (001:847; 000:1089-1091). */
  'verzuim-niet-ingeschreven': { ids: ['verzuim-niet-ingeschreven'], kind: 'step', what: 'Geen school meldt de afwezigheid van een kind dat nergens staat ingeschreven' },
  /** Session 37 (s37-nergens): a child never enrolled at any school: register in writing now (the zorgplicht from receipt). */
  'nergens-ingeschreven': { ids: ['nergens-ingeschreven'], kind: 'step', what: 'Je kind stond nog nergens ingeschreven: meld het nu schriftelijk aan bij een school' },
  /** Session 37: only "ask why the school de-registered the child" (the wider schriftelijk-besluit-vragen also takes other steps). */
  'uitschrijving-navragen': { ids: ['uitschrijving-navragen'], kind: 'step', what: 'Vraag het bestuur waarom je kind is uitgeschreven, en om het besluit op papier' },
  onderwijsconsulenten: { ids: ['onderwijsconsulenten'], kind: 'step', what: 'Vraag hulp aan de onderwijsconsulenten' },
  'thuisdatum-achterhalen': { ids: ['thuisdatum-achterhalen'], kind: 'step', what: 'Zoek uit sinds wanneer je kind thuis zit' },
  /** NEW: maatwerk onderwijstijd / afstandsonderwijs for a child who cannot (fully) attend (004:3169-3236; 001:851-857). */
  'maatwerk-onderwijstijd': { ids: ['maatwerk-onderwijstijd', 'afstandsonderwijs'], kind: 'any', what: 'Maatwerk in onderwijstijd of afstandsonderwijs, met toestemming van de inspectie' },
  /** NEW: vrijstelling van de leerplicht can cut the child off from education (003:811-840). */
  'vrijstelling-risico': { ids: ['vrijstelling', 'vrijstelling-risico'], kind: 'any', what: 'Een vrijstelling van de leerplicht kan je kind zonder onderwijs laten' },

  // ── TLV ──
  'tlv-stand-navragen': { ids: ['tlv-stand-navragen'], kind: 'step', what: 'Vraag hoe ver de TLV is (aanvraag, besluit)' },
  'tlv-zienswijze': { ids: ['tlv-zienswijze'], kind: 'step', what: 'Stuur je eigen mening (zienswijze) naar het samenwerkingsverband' },
  'tlv-aanvraag-inzien': { ids: ['tlv-aanvraag-inzien'], kind: 'step', what: 'Vraag een kopie van de TLV-aanvraag' },
  'tlv-gehoord-worden': { ids: ['tlv-gehoord-worden'], kind: 'step', what: 'Het samenwerkingsverband moet je horen vóór het besluit' },
  'tlv-bezwaar': { ids: ['tlv-bezwaar'], kind: 'step', what: 'Bezwaar tegen het TLV-besluit bij het samenwerkingsverband (termijn niet in de bronnen)' },
  /** NEW: "niet gehoord" is a ground for the objection. */
  'tlv-niet-gehoord-grond': { ids: ['tlv-niet-gehoord', 'tlv-niet-gehoord-grond'], kind: 'any', what: 'Niet gehoord worden is een grond voor bezwaar' },
  'tlv-besluitdatum-achterhalen': { ids: ['tlv-besluitdatum-achterhalen'], kind: 'step', what: 'Zoek uit wanneer je het TLV-besluit kreeg (daar telt de bezwaartermijn vanaf)' },
  'tlv-inschrijven': { ids: ['tlv-inschrijven'], kind: 'step', what: 'Meld je kind aan bij de nieuwe (speciale) school' },
  /** Session 68: after a TLV refusal the current school keeps its zorgplicht (C22, E19). */
  'na-tlv-afwijzing': { ids: ['na-tlv-afwijzing'], kind: 'step', what: 'Na een afgewezen TLV: de huidige school houdt de zorgplicht' },
  /** Session 68: a TLV does not move the child; the current school keeps the zorgplicht until enrolment elsewhere (E19). */
  'tlv-verplaatst-niet': { ids: ['tlv-verplaatst-niet'], kind: 'any', what: 'Een TLV verplaatst je kind niet: het blijft op school tot het elders is ingeschreven' },
  'tlv-geldigheid': { ids: ['tlv-geldigheid'], kind: 'step', what: 'Waar en hoe lang de TLV geldt' },
  /** Session 82: the end date of a TLV logged in the timeline ("Tot wanneer geldt de TLV?"): ask in time, or now, what follows. */
  'tlv-einde': { ids: ['tlv-einde'], kind: 'step', what: 'De TLV loopt af op de datum uit het besluit: vraag op tijd naar een nieuw besluit' },
  'cluster-1-2': { ids: ['cluster-1-2'], kind: 'step', what: 'Cluster 1 en 2: geen TLV, geen zorgplicht, wel 8 weken inspanning voor een andere plek' },
  'tlv-school-zoeken': { ids: ['tlv-school-zoeken'], kind: 'step', what: 'Zoek samen een school met plek' },
  'niet-blanco-tekenen': { ids: ['niet-blanco-tekenen'], kind: 'any', what: 'Teken nooit een leeg formulier; tekenen voor een TLV is niet verplicht' },
  vervoer: { ids: ['vervoer-aanvragen'], kind: 'step', what: 'Vraag de gemeente om leerlingenvervoer' },

  // ── Algemeen ──
  swv: { ids: ['swv-betrekken'], kind: 'step', what: 'Schakel het samenwerkingsverband in' },
  steunpunt: { ids: ['steunpunt-bellen'], kind: 'step', what: 'Bel het ouder- en jeugdsteunpunt' },
  dossier: { ids: ['dossier-opvragen', 'dossier-herinneren'], kind: 'step', what: 'Vraag het dossier van je kind op' },
  'jeugdhulp-afstemmen': { ids: ['jeugdhulp-afstemmen'], kind: 'step', what: 'Zorg dat school en hulpverlener samenwerken' },
  'jeugdhulp-aanvragen': { ids: ['jeugdhulp-aanvragen'], kind: 'step', what: 'Vraag de gemeente om jeugdhulp' },
  'overstap-vo': { ids: ['overstap-voorbereiden'], kind: 'step', what: 'Begin op tijd met de overstap naar de middelbare school' },
  'afspraken-bevestigen': { ids: ['afspraken-bevestigen'], kind: 'step', what: 'Zet afspraken op papier' },
  'gesprek-voorbereiden': { ids: ['gesprek-voorbereiden'], kind: 'step', what: 'Bereid het gesprek met school voor' },
  /** Session 19: the meeting date has passed: record what was agreed, ask for the verslag (FACTS F01). */
  'gesprek-vastleggen': { ids: ['gesprek-vastleggen'], kind: 'step', what: 'Leg vast wat er in het gesprek is afgesproken' },
  // ── Session 22 (s22-lawyer) ──
  'opp-zienswijze': { ids: ['opp-zienswijze'], kind: 'step', what: 'Zet je eigen mening in het OPP (de school moet echt overleggen, hoeft niet alles over te nemen)' },
  'dossier-opvragen': { ids: ['dossier-opvragen'], kind: 'step', what: 'Vraag het dossier op (nog niet gevraagd)' },
  /** A filing deadline of the parent's own (bezwaar, Geschillencommissie) ends on or before a planned meeting: do not wait for it. */
  'termijn-voor-gesprek': { ids: ['termijn-voor-gesprek'], kind: 'any', what: 'Je termijn eindigt vóór je gesprek: wacht niet op het gesprek' },
  // ── Session 23 (s23-followup) ──
  /** The same, when only uncertain terms (TLV bezwaar, GPO; FACTS §X.2, §X.3) end before the meeting: the warning says the date is not sure. */
  'termijn-voor-gesprek-onzeker': { ids: ['termijn-voor-gesprek-onzeker'], kind: 'any', what: 'Je termijn eindigt misschien vóór je gesprek (datum niet zeker): wacht niet, vraag het na' },
  /** The klachtencommissie answered: what can follow (the school decides on the advice; no term in the sources). */
  'klacht-beantwoord': { ids: ['klacht-beantwoord'], kind: 'step', what: 'Je klacht is beantwoord: wat de school met het advies doet, en wat je dan kunt doen' },
  // ── Session 34 (s34-tlv): timeline steps (scenarios with a `timeline`) ──
  /** A TLV refusal whose bezwaar term still runs after a new application or a new decision (E16, 001:939-941; EXT E18: not certain). */
  'eerdere-tlv-afwijzing': { ids: ['eerdere-tlv-afwijzing', 'eerdere-tlv-afwijzing-2', 'eerdere-tlv-afwijzing-3'], kind: 'step', what: 'Bezwaar tegen een eerdere afwijzing van de TLV: een nieuwe aanvraag of een nieuw besluit stopt die termijn niet' },
  /** A TLV refusal, then the TLV granted: objecting to the refusal is a choice; its term (not certain) still runs. */
  'tlv-afwijzing-keuze': { ids: ['tlv-afwijzing-voor-toekenning', 'tlv-afwijzing-voor-toekenning-2'], kind: 'step', what: 'De TLV kwam na een afwijzing toch: bezwaar tegen de afwijzing is een keuze, met de laatste dag' },
  // ── Session 35 (s35-hunt): timeline steps (scenarios with a `timeline`) ──
  /** A refusal of admission whose bezwaar term still runs after an earlier-decision story (a later refusal, or an admission: a choice). */
  'eerdere-weigering': { ids: ['eerdere-weigering', 'eerdere-weigering-2', 'eerdere-weigering-3', 'weigering-voor-toelating'], kind: 'step', what: 'Bezwaar tegen een eerdere weigering: een nieuwe aanmelding, weigering of toelating stopt die termijn niet' },
  /** A TLV grant the parent disagrees with, then a new application or a later TLV decision: its bezwaar term (EXT, not certain) stays. */
  'eerdere-tlv-toekenning': { ids: ['eerdere-tlv-toekenning', 'eerdere-tlv-toekenning-2'], kind: 'step', what: 'Bezwaar tegen een eerdere TLV waar je het niet mee eens bent: een nieuwe aanvraag of een nieuw besluit stopt die termijn niet' },
  /** An earlier decision (refusal, removal) whose Geschillencommissie weeks still run after a bezwaar against it (F07, F13: EXT, not certain). */
  'eerdere-gpo': { ids: ['eerdere-geschillencommissie', 'eerdere-geschillencommissie-2'], kind: 'step', what: 'Naar de Geschillencommissie over een eerder besluit, naast het bezwaar (termijn niet in de bronnen)' },
  // ── Session 78 (s78-dossier) ──
  /** G05 (001:762; 000:780-785): a parent who has seen the dossier can ask to correct or supplement it (letter correctie-dossier). */
  'dossier-verbeteren': { ids: ['dossier-verbeteren'], kind: 'step', what: 'Klopt het dossier niet, of mist er iets? Vraag de school het te verbeteren of aan te vullen' },
  /** E26 (001:983-991), H19/H20 (004:4331, 4440-4443, 4490-4506, 4658-4665): PrO TLV criteria, exam accommodations later. */
  'overstap-later': { ids: ['overstap-later'], kind: 'step', what: 'Praktijkonderwijs (TLV, landelijke eisen) en extra hulp bij toetsen en examens op de middelbare school' },
  // ── Session 81 (s81-blind) ──
  /** B37, E02 (001:914; 002:942-944): an OPP is part of a TLV application (the warning when the school applies without one). */
  'tlv-zonder-opp': { ids: ['tlv-zonder-opp'], kind: 'any', what: 'Een OPP hoort bij de aanvraag van een TLV' },
} as const satisfies Record<string, Concept>;

export type ConceptId = keyof typeof CONCEPTS;

export const isConcept = (s: string): s is ConceptId => Object.prototype.hasOwnProperty.call(CONCEPTS, s);

/** Concepts whose terms are NOT in the sources (FACTS §X.2, §X.3, §X.13; the AVG month): a deadline must be marked uncertain. */
export const UNCERTAIN_TERM_CONCEPTS: readonly ConceptId[] = ['gpo', 'gpo-opp', 'tlv-bezwaar', 'klacht', 'dossier', 'eerdere-tlv-afwijzing', 'tlv-afwijzing-keuze', 'eerdere-gpo', 'eerdere-tlv-toekenning'];
/** Concepts whose terms are solid in the sources (002:744-750, 846-850, 2362; 001:119): a deadline must be marked certain. */
export const CERTAIN_TERM_CONCEPTS: readonly ConceptId[] = ['besluit-aanmelding', 'bezwaar-weigering', 'bezwaar-verwijdering', 'schorsing-einde', 'eerdere-weigering'];
