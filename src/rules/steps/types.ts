import type { Deadline } from '../deadlines';
import type { IsoDate } from '../dates';
import type { Facts } from '../facts';

/** The shapes of the plan's step and warning rules (src/rules/steps/*.ts). */
export type StepGroup = 'nu' | 'binnenkort' | 'als-het-niet-lukt' | 'goed-om-te-weten';
export type Contact =
  | 'school'
  | 'schoolbestuur'
  | 'samenwerkingsverband'
  | 'steunpunt'
  | 'leerplichtambtenaar'
  | 'onderwijsconsulenten'
  | 'geschillencommissie'
  | 'gemeente'
  | 'klachtencommissie';

export interface StepRule {
  id: string;
  group: StepGroup;
  /** Group when the step's deadline has passed. */
  lateGroup?: StepGroup;
  /** A group that depends on the facts (for example "als het niet lukt" while an objection runs). */
  groupFor?: (f: Facts) => StepGroup;
  section: string;
  letters?: readonly string[];
  /** Letters of `letters` that do not fit these facts (session 45: a registration letter for a parent registered in writing). */
  dropLetters?: (f: Facts) => readonly string[];
  contacts?: readonly Contact[];
  /** Contacts these facts add after `contacts` (session 67: gpo-loopt about the old school's OPP sends her to the steunpunt). */
  addContacts?: (f: Facts) => readonly Contact[];
  applies: (f: Facts) => boolean;
  deadline?: (f: Facts) => Deadline | undefined;
  /**
   * The term is not in the source documents or is uncertain (FACTS.md §X): the plan shows it as
   * "check this", with whom to ask (the step text's `check`), never as certain.
   */
  uncertain?: true;
  /** Placeholder values for the text: ISO dates are formatted by the view. */
  params?: (f: Facts) => Record<string, string>;
  /** Texts elsewhere than steps.yaml under `id` for these facts (a key prefix, as PlanStep.texts); undefined: the step's own. */
  texts?: (f: Facts) => string | undefined;
  /** A date that matters but is not a legal deadline, such as a planned meeting. */
  moment?: (f: Facts) => Moment | undefined;
}

export interface Moment {
  /** Id of what happens on that day; text in ui.yaml (moment.<what>). */
  what: 'gesprek' | 'gesprek-morgen' | 'gesprek-vandaag';
  date: IsoDate;
}

export interface WarningRule {
  id: string;
  section: string;
  applies: (f: Facts) => boolean;
  /** Texts elsewhere than steps.yaml warnings under `id` for these facts (a "ui:" key prefix); undefined: its own. */
  texts?: (f: Facts) => string | undefined;
  /** Named on the plan's first screen for these facts too (besides FIRST_SCREEN_WARNINGS, src/ui/firstThings.ts). */
  firstScreen?: (f: Facts) => boolean;
}
