import type { TimelineEvent } from '../timeline/model';
import type { Party } from '../timeline/effects';
import type { MeetingRecord } from './record';

/**
 * The meetings a parent recorded, and with whom (session 81, issue 17: out of ./plan, so the letters page, which fills the
 * letter "Bevestiging van afspraken" from the latest one, does not load the timeline's plan code with it).
 */
export type RecordedMeeting = TimelineEvent & { meeting: MeetingRecord };

/** Meetings with a record, oldest first (same day: in the order logged). */
export function recordedMeetings(events: readonly TimelineEvent[]): RecordedMeeting[] {
  return events
    .map((e, i) => ({ e, i }))
    .filter((x): x is { e: RecordedMeeting; i: number } => x.e.kind === 'gesprek' && x.e.meeting !== undefined)
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map((x) => x.e);
}

/**
 * Session 57: the latest recorded meeting at school (meetingWith: the school or its board there, or no one ticked). The
 * gesprekskaart (its next meeting day) and the letter "Bevestiging van afspraken" (to the school: "De school stuurt mij") are
 * for a meeting at school; a later talk with the leerplichtambtenaar or the steunpunt is not the one they are about.
 */
export const latestSchoolMeeting = (events: readonly TimelineEvent[]): RecordedMeeting | undefined => recordedMeetings(events).filter((m) => meetingWith(m).school).at(-1);

/**
 * Session 57 (s57-timeline): who the meeting was with (the event's `parties`). Before, every recorded meeting was read as
 * one at school: a meeting with only the leerplichtambtenaar that ended without agreements gave "Vraag de school om een
 * besluit op papier … bezwaar", and its next meeting was "Volgend gesprek met school".
 * - school: the school or its board was there, or no one was ticked (the form ticks no party for a talk; the gesprekskaart is
 *   for a meeting at school). The school decides on admission, removal and the OPP (A04, C08, B08): its decision on paper.
 * - samenwerkingsverband: the SWV decides on a TLV, and a bezwaar goes to the SWV (E08, E16). A meeting with the school and
 *   the SWV asks who decides.
 * - anyone else (leerplichtambtenaar, gemeente, onderwijsconsulent, steunpunt, a commission, someone else): no decision the
 *   parent can object to comes from that meeting here (D06, D22, F02, F05: they advise, mediate, help; F09, F10: a
 *   commission advises, the board decides). What was said is put in writing, no bezwaar.
 */
export type MeetingWith = { school: boolean; swv: boolean; other?: Party };
export function meetingWith(ev: TimelineEvent): MeetingWith {
  const p = ev.parties;
  const school = p.length === 0 || p.includes('school') || p.includes('bestuur');
  const swv = p.includes('samenwerkingsverband');
  const rest = p.filter((x) => x !== 'school' && x !== 'bestuur');
  // The one party named in a text: only when it was the only one there (several: the texts name no one).
  return { school, swv, ...(!school && rest.length === 1 ? { other: rest[0]! } : {}) };
}

/**
 * Session 58 (s58-noschool): whom the parent can say a recorded meeting was with ("Met wie was het gesprek?" on the meeting
 * page), from the timeline's PARTIES: those one has a meeting with. Not the commissions: they hear a case and send their
 * advice or ruling on paper. A party of an older event outside this list stays on the event (the form shows it too).
 */
export const MEETING_PARTIES: readonly Party[] = ['school', 'bestuur', 'samenwerkingsverband', 'leerplichtambtenaar', 'gemeente', 'onderwijsconsulent', 'steunpunt', 'anders'];

