import { applyTimeline, deviceStore, getState, type AppState } from '../../app/controller';
import { TIMELINE_VERSION, questionnaireAnswers, reconcile, reconciledChange, sanitizeTimeline, upgradeStored, type Change, type TimelineData } from '../../timeline/model';
import { buildPlan, type Plan } from '../../rules/plan';
import { timelineCode } from '../../app/timeline-code';
import type { IsoDate } from '../../rules/dates';
import { saveTimeline } from '../../app/timeline-store';

/** Every timeline change from a page goes through here: stored, then the answers written. */
export function commitTimeline(change: Change): void {
  if (timelineIsNewer(getState().timeline)) return;
  applyTimeline(change, (data) => saveTimeline(deviceStore(), data));
}

/** Stored by a newer version of the app: shown as nothing here, and never overwritten. */
export const timelineIsNewer = (raw: unknown): boolean =>
  !!raw && typeof raw === 'object' && typeof (raw as { version?: unknown }).version === 'number' && (raw as { version: number }).version > TIMELINE_VERSION;

/** The timeline as the pages use it: checked, and following dates changed in the questionnaire. */
export function timelineOf(app: AppState): TimelineData {
  if (timelineIsNewer(app.timeline)) return { events: [], base: {} };
  return reconcile(app.answers, sanitizeTimeline(app.timeline));
}

/**
 * The plan the plan page shows: from the answers, with the steps the timeline adds (an earlier decision
 * whose term still runs, a meeting's agreements). A shared plan passes the link's answers and the link's
 * timeline (none when the parent did not put it in the link), never the viewer's own.
 */
export function planOf(app: Pick<AppState, 'answers' | 'timeline'>, today: IsoDate): Plan {
  const { answers, data: timeline } = storedOf(app);
  const plan = buildPlan(answers, today);
  // Session 81 (issue 17): without events the timeline adds nothing (withMeetings returns the plan it is given), and its
  // code is not loaded. With events, a page waits for it (TimelineGate): a plan without the timeline's steps would be a
  // wrong plan, so this never falls back to one.
  if (!timeline.events.length) return plan;
  const code = timelineCode();
  if (!code) throw new Error('planOf: the timeline code is not loaded (TimelineGate)');
  return code.withMeetings(plan, timeline.events, questionnaireAnswers(answers, timeline));
}

/**
 * Session 37: the answers and the timeline as the plan reads them: data an older version stored brought up to date
 * (upgradeStored: the commit the parent's next timeline change would make), else as stored. Read-time and pure, so a plan
 * (also one shared with an old timeline in its link) is right before the upgrade is written (src/app/timeline-upgrade.ts).
 */
export function storedOf(app: Pick<AppState, 'answers' | 'timeline'>): Change {
  // Session 48: a date corrected in the questionnaire re-reads the answers the events write in their new order.
  const read = timelineIsNewer(app.timeline) ? { answers: app.answers, data: { events: [], base: {} } } : reconciledChange(app.answers, sanitizeTimeline(app.timeline));
  return upgradeStored(read.answers, read.data) ?? read;
}

