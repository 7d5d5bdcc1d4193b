/**
 * Shared by tlv-s82 and tlv-s83: a logged event with "Tot wanneer geldt de TLV?" when given, and the answers of a parent whose
 * child has an sbo TLV and is enrolled there, with its grant logged on GRANT.
 */
import type { Answers } from '../../src/flow/answers';
import type { Plan, PlanStep } from '../../src/rules/plan';
import type { TimelineEvent, TlvUntil } from '../../src/timeline/model';
import type { EventKind, How } from '../../src/timeline/effects';
import { ev as logged, log } from './timeline-log';

/** A logged event (timeline-log's ev), by letter unless said, with "Tot wanneer geldt de TLV?" when given. */
export const ev = (id: string, kind: EventKind, date: string, extra: { how?: How; until?: TlvUntil } = {}): TimelineEvent =>
  ({ ...logged(id, kind, date, extra.how ?? 'brief'), ...(extra.until ? { until: extra.until } : {}) });
export const step = (plan: Plan, id: string): PlanStep | undefined => plan.steps.find((x) => x.id === id);

/** An sbo TLV, the child enrolled there (answers of a parent who agrees with the grant). */
export const TLV: Answers = {
  situatie: ['tlv'], 'tlv-gehoord': 'ja', 'tlv-eens': 'ja', 'tlv-soort': 'sbo', 'tlv-plek': 'ingeschreven', 'tlv-inschrijving-datum': '2026-08-31', 'opp-nieuwe-school': 'ja',
  opp: 'ja', 'opp-besproken': '2026-09-21', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6', vervoer: 'nee',
};
export const GRANT = '2026-06-15';
/** TLV's answers with its grant logged on GRANT (until as given), then `more`. */
export const granted = (until?: TlvUntil, more: TimelineEvent[] = []) => log(TLV, [ev('g', 'tlv-toegekend', GRANT, { until }), ...more]);
