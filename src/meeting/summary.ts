import type { TimelineEvent } from '../timeline/model';
import { latestSchoolMeeting, meetingWith, recordedMeetings, type RecordedMeeting } from './recorded';

/**
 * Session 59 (s59-meeting): which recorded meeting "Na het gesprek" on the meeting page sums up, and which one "Wijzig de
 * afspraken" opens. Before, both were the latest meeting at school (latestSchoolMeeting): a parent who had just recorded a
 * meeting with the samenwerkingsverband saw an older meeting at school, and "Wijzig" opened that one (or, with no meeting at
 * school, there was no way to change hers on that page).
 *
 * - The meeting just saved or changed on the page, while it is open: the parent sees what she typed and can put a slip
 *   right, also when she recorded a meeting from before another one.
 * - Otherwise the latest meeting of anyone, by the day of the meeting (recordedMeetings: same day, the one logged last):
 *   the order of the timeline and of the plan, whose steps follow the latest meeting (meeting/plan.ts decisionSteps). The
 *   order of typing is not kept in the events (editing keeps an event's place) and says less: a meeting typed in late is not
 *   where things stand now.
 *
 * The letter "Bevestiging van afspraken" and the gesprekskaart stay with the latest meeting at school (session 57):
 * `letter` is that meeting, `letterIsThis` whether the summary is about it.
 */
export interface MeetingSummary {
  meeting: RecordedMeeting;
  atSchool: boolean;
  letter: RecordedMeeting | undefined;
  letterIsThis: boolean;
}

export function meetingSummary(events: readonly TimelineEvent[], justSaved?: string): MeetingSummary | undefined {
  const all = recordedMeetings(events);
  const meeting = all.find((m) => m.id === justSaved) ?? all.at(-1);
  if (!meeting) return undefined;
  const letter = latestSchoolMeeting(events);
  return { meeting, atSchool: meetingWith(meeting).school, letter, letterIsThis: letter?.id === meeting.id };
}
