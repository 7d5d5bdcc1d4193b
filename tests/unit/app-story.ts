/**
 * A logged story (timeline-log.ts `log`) read the way the app reads its stored state: the plan page (`planOf`), the
 * gesprekskaart (`cardOf`) and the letters read `answers` and the stored `timeline` (reconciled, read up to date). Shared by
 * the hunts and lawyer reviews from session 46 on, which each spelled these lines.
 */
import type { Answers } from '../../src/flow/answers';
import type { AppState } from '../../src/app/controller';
import type { IsoDate } from '../../src/rules/dates';
import type { Plan } from '../../src/rules/plan';
import { TIMELINE_VERSION, type TimelineData } from '../../src/timeline/model';
import { planOf } from '../../src/ui/components/timelineDoor';

export type Story = { answers: Answers; data: TimelineData };

/** The part of the app's state a story fills: its answers and its timeline as stored. */
export const appOf = (s: Story): Pick<AppState, 'answers' | 'timeline'> => ({ answers: s.answers, timeline: { version: TIMELINE_VERSION, ...s.data } });

/** The plan the plan page shows for a story on `today`. */
export const planAtApp = (s: Story, today: IsoDate): Plan => planOf(appOf(s), today);
