import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useT } from '../../app/i18n';
import { hasEvents, loadTimelineCode, preloadTimelineCode, timelineCode } from '../../app/timeline-code';
import { whenIdle } from '../lazy';

/**
 * Session 81 (issue 17): a page that shows a plan (the plan page, a letter page, a shared plan) renders once the timeline's
 * plan code is in, when the timeline it reads holds events (src/app/timeline-code.ts). Without events it renders at once:
 * the plan is the plan from the answers. While the code loads: the same short message as a lazy page; if it cannot load,
 * the message that says so, never a plan without the timeline's steps.
 */
export function TimelineGate({ timeline, children }: { timeline: unknown; children: ComponentChildren }) {
  const t = useT();
  const waiting = hasEvents(timeline) && !timelineCode();
  const [, setLoaded] = useState(0);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    loadTimelineCode().then(
      () => live && setLoaded((n) => n + 1),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [waiting]);
  if (!waiting) return <>{children}</>;
  return <p>{failed ? t('app.loadFailed') : t('app.loading')}</p>;
}

/**
 * On the pages where a parent logs events (the timeline and the meeting page): the code starts loading when the browser
 * is idle, so the plan that then has events does not wait for it. Not on a letter page, which every parent may open:
 * "Ik heb deze brief verstuurd" loads it when pressed (LetterSent), before the event is saved.
 */
export function useTimelineCodeSoon(): void {
  useEffect(() => whenIdle(preloadTimelineCode, 2000, 300), []);
}
