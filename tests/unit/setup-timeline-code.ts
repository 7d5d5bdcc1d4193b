/**
 * Session 81 (issue 17): the timeline's plan code loads on demand in the app (src/app/timeline-code.ts); the pages wait for
 * it (TimelineGate). Tests that read a plan the way a page does (planOf) run with it loaded, as a page does once it renders.
 * tests/unit/timeline-split-s81.test.ts checks the other case: not loaded.
 */
import { loadTimelineCode } from '../../src/app/timeline-code';

await loadTimelineCode();
