import type { ConditionName } from './conditions';

/**
 * Every question of the questionnaire, in the order they are asked (the brochure's chapter order).
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
  /** The chapter section that explains what the question is about. */
  readonly explains: string;
}

const yesNo = ['ja', 'nee', 'weet-niet'] as const;
const yesNoPlain = ['ja', 'nee'] as const;

export const questions: readonly Question[] = [
  { id: 'situatie', chapter: 0, type: 'multi', options: ['aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv', 'lezen'], exclusive: ['lezen'], when: 'always', explains: 'wat-is-passend-onderwijs' },

  // 2. Hoe vind ik een school die bij mijn kind past?
  { id: 'aanmelding-hoe', chapter: 2, type: 'choice', options: ['nog-niet', 'schriftelijk', 'telefonisch', 'weet-niet'], when: 'isAanmelden', explains: 'hoe-aanmelden' },
  { id: 'aanmelding-datum', chapter: 2, type: 'date', dates: 'past', dontKnow: true, when: 'registeredInWriting', explains: 'na-aanmelding' },
  { id: 'aanmelding-bevestiging', chapter: 2, type: 'choice', options: yesNo, when: 'registeredInWriting', explains: 'hoe-aanmelden' },
  { id: 'ondersteuning-gemeld', chapter: 2, type: 'choice', options: yesNo, when: 'hasRegistered', explains: 'extra-hulp-bij-aanmelding' },
  { id: 'meer-scholen', chapter: 2, type: 'choice', options: yesNoPlain, when: 'hasRegistered', explains: 'meer-scholen' },
  { id: 'aanmelding-besluit', chapter: 2, type: 'choice', options: ['nog-niet', 'toegelaten', 'geweigerd'], when: 'registeredInWriting', explains: 'na-aanmelding' },
  { id: 'aanmelding-verlengd', chapter: 2, type: 'choice', options: yesNo, when: 'waitingForAdmissionDecision', explains: 'na-aanmelding' },
  { id: 'weigering-datum', chapter: 2, type: 'date', dates: 'past', dontKnow: true, when: 'wasRefused', explains: 'weigering' },
  { id: 'weigering-andere-school', chapter: 2, type: 'choice', options: yesNo, when: 'wasRefused', explains: 'weigering' },

  // 3. Wat voor hulp kan ik van een school verwachten?
  { id: 'opp', chapter: 3, type: 'choice', options: yesNo, when: 'hasSchoolConflict', explains: 'wat-is-opp' },
  { id: 'opp-besproken', chapter: 3, type: 'date', dates: 'past', dontKnow: true, when: 'hasOpp', explains: 'wanneer-opp' },
  { id: 'opp-ingestemd', chapter: 3, type: 'choice', options: yesNo, when: 'hasOpp', explains: 'wat-is-opp' },
  { id: 'hv-schriftelijk', chapter: 3, type: 'choice', options: yesNoPlain, when: 'isHandelingsverlegen', explains: 'handelingsverlegen' },
  { id: 'hv-wil-weg', chapter: 3, type: 'choice', options: yesNo, when: 'isHandelingsverlegen', explains: 'schorsing-verwijdering' },
  { id: 'onderzoek', chapter: 3, type: 'choice', options: ['school-recent', 'oud', 'ander', 'geen', 'weet-niet'], when: 'reliesOnResearch', explains: 'hulp-bepalen' },
  { id: 'swv-betrokken', chapter: 3, type: 'choice', options: yesNo, when: 'hasSchoolConflict', explains: 'wat-is-samenwerkingsverband' },
  { id: 'school-zegt', chapter: 3, type: 'multi', options: ['klas-vol', 'diagnose-eerst', 'proefperiode', 'niet-welkom-na-vakantie', 'school-vol', 'geen'], exclusive: ['geen'], when: 'hasSituation', explains: 'hulp-lukt-niet' },
  { id: 'thuis-sinds', chapter: 3, type: 'date', dates: 'past', dontKnow: true, when: 'isThuiszitter', explains: 'thuiszitten' },
  { id: 'thuis-hoeveel', chapter: 3, type: 'choice', options: ['helemaal', 'deels'], when: 'isThuiszitter', explains: 'tijdelijk-niet-naar-school' },
  { id: 'thuis-reden', chapter: 3, type: 'choice', options: ['geschorst', 'verwijderd', 'niet-welkom', 'wachtlijst', 'kan-niet', 'anders'], when: 'isThuiszitter', explains: 'thuiszitten' },
  { id: 'schorsing-datum', chapter: 3, type: 'date', dates: 'past', dontKnow: true, when: 'isSuspended', explains: 'schorsing-verwijdering' },
  { id: 'verwijdering-datum', chapter: 3, type: 'date', dates: 'past', dontKnow: true, when: 'isRemoved', explains: 'schorsing-verwijdering' },
  { id: 'verwijdering-andere-school', chapter: 3, type: 'choice', options: yesNo, when: 'isRemoved', explains: 'schorsing-verwijdering' },
  { id: 'ingeschreven', chapter: 3, type: 'choice', options: yesNo, when: 'isThuiszitter', explains: 'thuiszitten' },
  { id: 'lessen-nu', chapter: 3, type: 'choice', options: yesNoPlain, when: 'isThuiszitter', explains: 'thuiszitten' },
  { id: 'lpa-betrokken', chapter: 3, type: 'choice', options: yesNo, when: 'isThuiszitter', explains: 'leerplichtambtenaar' },

  // 4. Hoe werk ik goed samen met school?
  { id: 'gesprek-gepland', chapter: 4, type: 'choice', options: yesNoPlain, when: 'hasSituation', explains: 'gesprek-voorbereiden' },
  { id: 'gesprek-datum', chapter: 4, type: 'date', dates: 'any', dontKnow: true, when: 'hasMeetingPlanned', explains: 'gesprek-voorbereiden' },
  { id: 'tekenen', chapter: 4, type: 'choice', options: yesNoPlain, when: 'hasSchoolConflict', explains: 'afspraken-vastleggen' },

  // 5. Welke informatie moet ik delen met school? En school met mij?
  { id: 'dossier-gezien', chapter: 5, type: 'choice', options: yesNoPlain, when: 'hasSchoolConflict', explains: 'informatie-vragen' },

  // 6. Wat als mijn kind jeugdhulp nodig heeft op school?
  { id: 'jeugdhulp', chapter: 6, type: 'choice', options: ['krijgt', 'nodig', 'nee', 'weet-niet'], when: 'hasSituation', explains: 'jeugdhulp-op-school' },

  // 7. Wat als mijn kind (misschien) een andere school nodig heeft?
  { id: 'tlv-fase', chapter: 7, type: 'choice', options: ['school-wil-aanvragen', 'aangevraagd', 'besluit', 'weet-niet'], when: 'isTlv', explains: 'wat-is-tlv' },
  { id: 'tlv-aanvraag-gezien', chapter: 7, type: 'choice', options: yesNoPlain, when: 'tlvNotYetDecided', explains: 'tlv-oneens' },
  { id: 'tlv-gehoord', chapter: 7, type: 'choice', options: yesNo, when: 'tlvApplied', explains: 'tlv-oneens' },
  { id: 'tlv-besluit', chapter: 7, type: 'choice', options: ['toegekend', 'afgewezen'], when: 'tlvDecisionKnown', explains: 'wat-is-tlv' },
  { id: 'tlv-besluit-datum', chapter: 7, type: 'date', dates: 'past', dontKnow: true, when: 'tlvDecisionKnown', explains: 'tlv-oneens' },
  { id: 'tlv-eens', chapter: 7, type: 'choice', options: yesNoPlain, when: 'tlvDecisionKnown', explains: 'tlv-oneens' },
  { id: 'tlv-soort', chapter: 7, type: 'choice', options: ['sbo', 'so', 'weet-niet'], when: 'isTlv', explains: 'verschil-so-sbo' },
  { id: 'tlv-plek', chapter: 7, type: 'choice', options: ['plek', 'wachtlijst', 'zoeken', 'weet-niet'], when: 'tlvGranted', explains: 'wachtlijst' },
  { id: 'vervoer', chapter: 7, type: 'choice', options: yesNo, when: 'mayNeedTransport', explains: 'ver-weg' },

  // 8. Wat als ik het niet eens ben met de school …?
  { id: 'klacht', chapter: 8, type: 'choice', options: yesNoPlain, when: 'hasSituation', explains: 'klacht-indienen' },

  // 9. Wat als mijn kind bijna naar de middelbare school gaat?
  { id: 'groep', chapter: 9, type: 'choice', options: ['nog-niet', 'groep-1-2', 'groep-3-6', 'groep-7-8', 'weet-niet'], when: 'hasSituation', explains: 'naar-de-middelbare-school' },
];

export const questionById: ReadonlyMap<string, Question> = new Map(questions.map((q) => [q.id, q]));

export const CHAPTER_COUNT = 10;
