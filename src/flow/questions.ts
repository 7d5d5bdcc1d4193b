import type { ConditionName } from './conditions';

/**
 * Every question of the questionnaire, in the order they are asked: the facts that define the
 * parent's situation first, then the brochure's chapters.
 * The machine and the plan know these ids only; every text lives in content/<lang>/questions.yaml.
 * A document of all questions (docs in README) is generated from this list by `npm run content`.
 */
export type QuestionType = 'choice' | 'multi' | 'date';

export interface Question {
  readonly id: string;
  /** Brochure chapter (1–10); 0 for the opening question. */
  readonly chapter: number;
  readonly type: QuestionType;
  /** Option ids for choice and multi questions. */
  readonly options?: readonly string[];
  /** Date questions: 'past' dates of events that happened, 'any' for planned ones. */
  readonly dates?: 'past' | 'any';
  /** Date questions: the parent may answer "weet ik niet". */
  readonly dontKnow?: boolean;
  /** Multi questions: options that can only be chosen on their own ("geen van deze"). */
  readonly exclusive?: readonly string[];
  /** When the question is asked: a named condition on the answers so far. */
  readonly when: ConditionName;
  /**
   * Session 25: where the question is not asked, a stored answer (written by a logged event, or given earlier in the
   * questionnaire) is still kept (for the plan, the timeline, letters and share links) when this condition holds on the
   * answers kept before it plus this answer. The questionnaire does not change: the question is not asked, not shown on
   * the check page and not needed for a complete walk. For a term that runs whatever the parent's situation (the AVG's
   * month for a dossier) or a decision that stays after a later one (a refusal before an admission at the next school).
   */
  readonly keptWhen?: ConditionName;
  /** The chapter section that explains what the question is about. */
  readonly explains: string;
}

const yesNo = ['ja', 'nee', 'weet-niet'] as const;
const yesNoPlain = ['ja', 'nee'] as const;

export const questions: readonly Question[] = [
  { id: 'situatie', chapter: 0, type: 'multi', options: ['aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv', 'lezen'], exclusive: ['lezen'], when: 'always', explains: 'wat-is-passend-onderwijs' },

  // The facts that define the parent's situation come first (issue 12): registration and refusal,
  // a child at home (why, since when), a school that wants the child to leave, the TLV; then the
  // decisions already taken and what the parent already did against them. Support and the OPP follow.

  // 2. Aanmelden
  { id: 'aanmelding-hoe', chapter: 2, type: 'choice', options: ['nog-niet', 'schriftelijk', 'telefonisch', 'weet-niet'], when: 'isAanmelden', explains: 'hoe-aanmelden' },
  { id: 'aanmelding-datum', chapter: 2, type: 'date', dates: 'past', dontKnow: true, when: 'registeredInWriting', explains: 'na-aanmelding' },
  { id: 'aanmelding-bevestiging', chapter: 2, type: 'choice', options: yesNo, when: 'registeredInWriting', explains: 'hoe-aanmelden' },
  { id: 'aanmelding-besluit', chapter: 2, type: 'choice', options: ['nog-niet', 'toegelaten', 'geweigerd'], when: 'registeredInWriting', explains: 'na-aanmelding' },
  { id: 'aanmelding-verlengd', chapter: 2, type: 'choice', options: yesNo, when: 'waitingForAdmissionDecision', explains: 'na-aanmelding' },
  { id: 'weigering-schriftelijk', chapter: 2, type: 'choice', options: yesNo, when: 'wasRefused', keptWhen: 'wasAdmitted', explains: 'weigering' },
  { id: 'weigering-datum', chapter: 2, type: 'date', dates: 'past', dontKnow: true, when: 'refusalMayBeWritten', keptWhen: 'refusedThenAdmittedElsewhere', explains: 'weigering' },
  { id: 'weigering-andere-school', chapter: 2, type: 'choice', options: yesNo, when: 'wasRefused', explains: 'weigering' },
  // Session 76 (s76-misc, 4): "geen-hulp-nodig", for a child who needs no extra help (A06, A19): no answer was true for her
  // parent before. Additive: no stored answer changes meaning, so no upgrade of older answers (CURRENT_RULES) is needed.
  { id: 'ondersteuning-gemeld', chapter: 2, type: 'choice', options: ['ja', 'nee', 'geen-hulp-nodig', 'weet-niet'], when: 'hasRegistered', explains: 'extra-hulp-bij-aanmelding' },
  { id: 'meer-scholen', chapter: 2, type: 'choice', options: yesNoPlain, when: 'hasRegistered', explains: 'meer-scholen' },

  // 3. Thuiszitten: why and since when, before anything else. Session 37 (s37-nergens): a child enrolled at no school
  // yet ("nergens", after a move or on arrival in the Netherlands) is not asked whether it is still enrolled, how much
  // it is at home or whether its school gives lessons: there is no school (the plan: nergens-ingeschreven).
  { id: 'thuis-reden', chapter: 3, type: 'choice', options: ['geschorst', 'verwijderd', 'niet-welkom', 'wachtlijst', 'kan-niet', 'nergens', 'anders'], when: 'isThuiszitter', explains: 'thuiszitten' },
  { id: 'thuis-sinds', chapter: 3, type: 'date', dates: 'past', dontKnow: true, when: 'isThuiszitter', explains: 'thuiszitten' },
  { id: 'thuis-hoeveel', chapter: 3, type: 'choice', options: ['helemaal', 'deels'], when: 'mayBeEnrolled', explains: 'tijdelijk-niet-naar-school' },
  { id: 'schorsing-datum', chapter: 3, type: 'date', dates: 'past', dontKnow: true, when: 'isSuspended', explains: 'schorsing-verwijdering' },
  { id: 'lessen-nu', chapter: 3, type: 'choice', options: yesNoPlain, when: 'mayBeEnrolled', explains: 'thuiszitten' },
  { id: 'ingeschreven', chapter: 3, type: 'choice', options: yesNo, when: 'mayBeEnrolled', explains: 'thuiszitten' },

  // 3. Handelingsverlegen: does the school want the child to leave?
  { id: 'hv-schriftelijk', chapter: 3, type: 'choice', options: yesNoPlain, when: 'isHandelingsverlegen', explains: 'handelingsverlegen' },
  { id: 'hv-wil-weg', chapter: 3, type: 'choice', options: yesNo, when: 'isHandelingsverlegen', explains: 'schorsing-verwijdering' },

  // 3. Removal: wherever the school wants the child to leave (002:756-768)
  { id: 'verwijdering-besluit', chapter: 3, type: 'choice', options: ['schriftelijk', 'mondeling', 'nee', 'weet-niet'], when: 'removalMayBeDecided', explains: 'schorsing-verwijdering' },
  { id: 'verwijdering-datum', chapter: 3, type: 'date', dates: 'past', dontKnow: true, when: 'removalMayBeWritten', keptWhen: 'removalDatedThenSuspended', explains: 'schorsing-verwijdering' },
  { id: 'verwijdering-andere-school', chapter: 3, type: 'choice', options: yesNo, when: 'schoolWantsChildGone', explains: 'schorsing-verwijdering' },

  // 2. Session 58 (s58-oppdate): the day of enrolment, from which the school has 6 weeks to adopt the OPP (B02, §X.5). Only
  // where it matters: admitted, and the parent told the school the child needs extra support. The day may still come
  // (the first school day after the summer): 'any'. Session 75 (s75-answers, 1): also admitted at a next school after a
  // removal, a refusal or a time at home (asksEnrolmentDay: from that day the new school has her, A23, C22), so it stands
  // here, after the removal questions its condition reads (applicableAnswers keeps an answer on the answers before it).
  // For a parent who chose only "aanmelden" nothing is asked in between: her order is as before.
  { id: 'inschrijving-datum', chapter: 2, type: 'date', dates: 'any', dontKnow: true, when: 'asksEnrolmentDay', explains: 'wanneer-opp' },

  // 7. TLV
  { id: 'tlv-fase', chapter: 7, type: 'choice', options: ['school-wil-aanvragen', 'aangevraagd', 'besluit', 'weet-niet'], when: 'isTlv', explains: 'wat-is-tlv' },
  { id: 'tlv-aanvraag-gezien', chapter: 7, type: 'choice', options: yesNoPlain, when: 'tlvNotYetDecided', explains: 'tlv-oneens' },
  { id: 'tlv-gehoord', chapter: 7, type: 'choice', options: yesNo, when: 'tlvApplied', explains: 'tlv-oneens' },
  { id: 'tlv-besluit', chapter: 7, type: 'choice', options: ['toegekend', 'afgewezen'], when: 'tlvDecisionKnown', explains: 'wat-is-tlv' },
  { id: 'tlv-besluit-datum', chapter: 7, type: 'date', dates: 'past', dontKnow: true, when: 'tlvDecisionKnown', explains: 'tlv-oneens' },
  { id: 'tlv-eens', chapter: 7, type: 'choice', options: yesNoPlain, when: 'tlvDecisionKnown', explains: 'tlv-oneens' },
  { id: 'tlv-soort', chapter: 7, type: 'choice', options: ['sbo', 'so', 'weet-niet'], when: 'isTlv', explains: 'verschil-so-sbo' },
  // Session 63 (s63-tlv): 'ingeschreven', the child already goes to the new school (enrolled there since the TLV). Before, the
  // parent of a child at the SBO/SO school for months could only answer "plek" and was told to register her there. An
  // added option: answers stored before keep their meaning (no schema version, no migration). The day of that enrolment
  // is asked next (the new school's OPP within 6 weeks of it, B02); inschrijving-datum comes before the TLV questions
  // (asksEnrolmentDay; since session 75 right after the removal questions), so it cannot be asked here.
  { id: 'tlv-plek', chapter: 7, type: 'choice', options: ['plek', 'ingeschreven', 'wachtlijst', 'zoeken', 'weet-niet'], when: 'tlvGranted', explains: 'wachtlijst' },
  { id: 'tlv-inschrijving-datum', chapter: 7, type: 'date', dates: 'past', dontKnow: true, when: 'enrolledAfterTlv', explains: 'wanneer-opp' },

  // 8. What the parent already did against a decision: bezwaar and the Geschillencommissie
  { id: 'bezwaar-ingediend', chapter: 8, type: 'choice', options: yesNoPlain, when: 'hasObjectableDecision', explains: 'bezwaar-maken' },
  { id: 'bezwaar-datum', chapter: 8, type: 'date', dates: 'past', dontKnow: true, when: 'objectionFiled', explains: 'bezwaar-maken' },
  { id: 'gpo-ingediend', chapter: 8, type: 'choice', options: yesNoPlain, when: 'hasGpoDecision', explains: 'geschillencommissie' },
  { id: 'gpo-datum', chapter: 8, type: 'date', dates: 'past', dontKnow: true, when: 'gpoFiled', explains: 'geschillencommissie' },
  { id: 'aanbod-geweigerd', chapter: 7, type: 'choice', options: yesNo, when: 'placeMayBeOffered', explains: 'andere-school-nodig' },

  // 3. Wat voor hulp kan ik van een school verwachten? (the OPP)
  // Session 64 (s64-opp): at the new school after a granted TLV (tlv-plek "ingeschreven"), whether that school has made its own
  // OPP (B02, 6 weeks after enrolment, §X.5). "ja": the plan stops chasing it (opp-na-toelating). Asked right before the OPP
  // questions, whose hint now says they are about the old school's OPP (which goes with the child, B38). A new optional
  // answer: stored answers keep schema version 2.
  { id: 'opp-nieuwe-school', chapter: 3, type: 'choice', options: yesNo, when: 'enrolledAfterTlv', explains: 'wanneer-opp' },
  { id: 'opp', chapter: 3, type: 'choice', options: yesNo, when: 'schoolToAsk', keptWhen: 'hasOpp', explains: 'wat-is-opp' },
  { id: 'opp-besproken', chapter: 3, type: 'date', dates: 'past', dontKnow: true, when: 'hasOpp', explains: 'wanneer-opp' },
  { id: 'opp-ingestemd', chapter: 3, type: 'choice', options: yesNo, when: 'hasOpp', explains: 'wat-is-opp' },
  { id: 'opp-onenigheid', chapter: 3, type: 'choice', options: ['geen-instemming-gevraagd', 'niet-overgenomen', 'geen', 'weet-niet'], when: 'hasOpp', explains: 'wat-is-opp' },
  { id: 'onderzoek', chapter: 3, type: 'choice', options: ['school-recent', 'oud', 'ander', 'geen', 'weet-niet'], when: 'reliesOnResearch', explains: 'hulp-bepalen' },
  { id: 'swv-betrokken', chapter: 3, type: 'choice', options: yesNo, when: 'schoolToAsk', explains: 'wat-is-samenwerkingsverband' },
  { id: 'school-zegt', chapter: 3, type: 'multi', options: ['klas-vol', 'diagnose-eerst', 'proefperiode', 'niet-welkom-na-vakantie', 'school-vol', 'geen'], exclusive: ['geen'], when: 'hasSituation', explains: 'hulp-lukt-niet' },
  { id: 'lpa-betrokken', chapter: 3, type: 'choice', options: yesNo, when: 'isThuiszitter', explains: 'leerplichtambtenaar' },

  // 4. Hoe werk ik goed samen met school?
  { id: 'gesprek-gepland', chapter: 4, type: 'choice', options: yesNoPlain, when: 'hasSituation', explains: 'gesprek-voorbereiden' },
  { id: 'gesprek-datum', chapter: 4, type: 'date', dates: 'any', dontKnow: true, when: 'hasMeetingPlanned', explains: 'gesprek-voorbereiden' },
  { id: 'tekenen', chapter: 4, type: 'choice', options: yesNoPlain, when: 'hasSchoolConflict', explains: 'afspraken-vastleggen' },

  // 5. Welke informatie moet ik delen met school? En school met mij?
  { id: 'dossier-gezien', chapter: 5, type: 'choice', options: yesNoPlain, when: 'dossierAtSchool', keptWhen: 'hasSituation', explains: 'informatie-vragen' },
  { id: 'dossier-gevraagd', chapter: 5, type: 'choice', options: yesNoPlain, when: 'dossierNotSeenAtSchool', keptWhen: 'dossierNotSeenAny', explains: 'informatie-vragen' },
  { id: 'dossier-gevraagd-datum', chapter: 5, type: 'date', dates: 'past', dontKnow: true, when: 'dossierRequestedAtSchool', keptWhen: 'dossierRequestedAny', explains: 'informatie-vragen' },

  // 6. Wat als mijn kind jeugdhulp nodig heeft op school?
  { id: 'jeugdhulp', chapter: 6, type: 'choice', options: ['krijgt', 'nodig', 'nee', 'weet-niet'], when: 'hasSituation', explains: 'jeugdhulp-op-school' },

  // 7. Vervoer naar een school ver weg
  { id: 'vervoer', chapter: 7, type: 'choice', options: yesNo, when: 'mayNeedTransport', explains: 'ver-weg' },

  // 8. Wat als ik het niet eens ben met de school …?
  { id: 'klacht', chapter: 8, type: 'choice', options: ['ingediend', 'beantwoord', 'wil', 'nee'], when: 'hasSituation', explains: 'klacht-indienen' },
  { id: 'klacht-datum', chapter: 8, type: 'date', dates: 'past', dontKnow: true, when: 'complaintFiled', explains: 'klacht-indienen' },

  // 9. Wat als mijn kind bijna naar de middelbare school gaat?
  { id: 'groep', chapter: 9, type: 'choice', options: ['nog-niet', 'groep-1-2', 'groep-3-6', 'groep-7-8', 'weet-niet'], when: 'hasSituation', explains: 'naar-de-middelbare-school' },
];

export const questionById: ReadonlyMap<string, Question> = new Map(questions.map((q) => [q.id, q]));

export const CHAPTER_COUNT = 10;
