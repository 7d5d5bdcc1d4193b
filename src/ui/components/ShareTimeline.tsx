import { useT } from '../../app/i18n';
import { getState, type AppState } from '../../app/controller';
import type { Shared } from '../../app/share';
import { Checkbox } from './Checkbox';
import { commit } from '../../timeline/model';
import { commitTimeline, timelineOf } from './timelineDoor';

/** "Zet ook mijn tijdlijn in de link": shown only when there is a timeline; off unless ticked. */
export function ShareTimelineBox({ app, checked, onChange }: { app: AppState; checked: boolean; onChange: (v: boolean) => void }) {
  const t = useT();
  if (!timelineOf(app).events.length) return null;
  return <Checkbox id="share-timeline" label={t('timeline.share')} hint={t('timeline.shareHint')} checked={checked} onChange={onChange} />;
}
ShareTimelineBox.data = (app: AppState) => timelineOf(app);

/** "Use the shared plan" with a timeline in the link: the timeline comes along (the parent's own events stay). */
export function adoptSharedTimeline(shared: Shared): void {
  if (!shared.timeline) return;
  // Never lose what the parent logged: their own events join the shared ones, and the plan follows
  // the joined log through the same door as every change (the latest event decides).
  const own = timelineOf(getState()).events.filter((e) => !shared.timeline!.events.some((s) => s.id === e.id));
  commitTimeline(commit(shared.answers, shared.timeline, [...shared.timeline.events, ...own]));
}
