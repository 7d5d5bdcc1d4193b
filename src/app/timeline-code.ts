/**
 * Session 81 (issue 17): the timeline's plan code (src/meeting/plan.ts withMeetings, and src/timeline/earlier.ts under it:
 * about a quarter of the plan page's code) in a file of its own, loaded only when the device (or a shared link) holds a
 * logged event. A plan without events is the plan from the answers: withMeetings returns the plan it is given when there
 * are no events (tests/unit/timeline-split-s81.test.ts holds every scenario to that).
 *
 * Pages that show a plan wait for this code when there are events (src/ui/components/TimelineGate.tsx); the app starts
 * loading it as soon as it reads a timeline with events (controller.ts), and the timeline, meeting and letter pages,
 * where a first event is logged, load it on opening, so a parent seldom sees it load.
 */
type Code = typeof import('../meeting/plan');

let code: Code | undefined;
let loading: Promise<Code> | undefined;

/** The loaded code, or undefined while it has not loaded. */
export const timelineCode = (): Code | undefined => code;

/** Loads the code once; a failed load (offline before the file was cached) may be tried again. */
export function loadTimelineCode(): Promise<Code> {
  loading ??= import('../meeting/plan').then(
    (m) => (code = m),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

/** Starts the load ahead of a page that will need it; a failure is the page's to tell (TimelineGate), not this caller's. */
export const preloadTimelineCode = (): void => void loadTimelineCode().catch(() => undefined);

/** Whether stored (or linked) timeline data holds events, read without the timeline's code. */
export const hasEvents = (raw: unknown): boolean =>
  !!raw && typeof raw === 'object' && Array.isArray((raw as { events?: unknown }).events) && (raw as { events: unknown[] }).events.length > 0;
