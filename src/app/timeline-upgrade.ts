import { applyTimeline, deviceStore, getState, type AppState } from './controller';
import { reconciledChange, sanitizeTimeline, upgradeStored } from '../timeline/model';
import { saveTimeline, timelineIsNewer } from './timeline-store';

/**
 * Session 37: writes the upgrade of timeline data an older version stored (src/timeline/model.ts upgradeStored) once, on
 * load: start() in src/app/controller.ts calls this when idle, for a parent with a timeline only (this code is not in the
 * first load). The questions, the letters and the timeline's flags then read the same answers as the plan, which reads
 * the upgrade at once (src/ui/components/timelineDoor.ts storedOf). Never with a newer version's answers or timeline on
 * the device (kept read-only). True when something was written.
 */
export function upgradeStoredTimeline(app: AppState = getState()): boolean {
  const store = deviceStore();
  if (app.newerData !== undefined || timelineIsNewer(store)) return false;
  // Session 48: also the answers a date corrected in the questionnaire re-reads (reconciledChange), written once.
  const stored = sanitizeTimeline(app.timeline);
  const read = reconciledChange(app.answers, stored);
  const change = upgradeStored(read.answers, read.data) ?? (read.data !== stored ? read : undefined);
  if (!change) return false;
  applyTimeline(change, (data) => saveTimeline(store, data));
  return true;
}
