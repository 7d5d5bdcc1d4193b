import { useLayoutEffect, useRef } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { notePageShown } from '../lazy';

let firstPage = true;

/**
 * Chromium counts focus moved by script onto a new heading as ":focus-visible" whenever the element
 * that had focus (the clicked button) has left the page, so mouse and touch users saw the focus box
 * too. We remember how the parent last interacted: the heading's box shows after keys only.
 */
if (typeof document !== 'undefined') {
  const root = document.documentElement;
  // Written only when it changes: a new value restyles the page, in the tap (issue 17).
  const input = (how: string) => root.getAttribute('data-input') !== how && root.setAttribute('data-input', how);
  document.addEventListener('pointerdown', () => input('pointer'), true);
  document.addEventListener('keydown', (e) => {
    if (!e.altKey && !e.ctrlKey && !e.metaKey) input('keyboard');
  }, true);
}

/**
 * The page's h1. When a new page appears, focus moves to it (so screen readers announce the new
 * step) and the document title changes. On the very first page load focus stays where the browser put it.
 */
export function Heading({ title, caption, titlePrefix, id, focusKey }: { title: string; caption?: string; titlePrefix?: string; id?: string; focusKey?: string }) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  // Session 61: the title is written in the same layout pass as the focus, and before it. Written in an effect after the
  // paint, it lagged: focus (and a screen reader reading the title on focus, and CI) met the plan's heading under the
  // check page's title. Declared first, so it runs before the focus below on a page's first render.
  useLayoutEffect(() => {
    document.title = t('app.pageTitle', { page: [titlePrefix, title].filter(Boolean).join(': ') });
  }, [title, titlePrefix, t.lang]);
  // A page patched in place (the next question in the same page) passes a new focusKey: focus moves again.
  // Session 55: the new page is painted from its top, at once. Before, the page kept the old page's scroll (the plan
  // after "Naar mijn plan" at the foot of the check page was painted 400 px down) and the focus then scrolled it up
  // smoothly (styles.css: scroll-behavior), 25 frames repainting the long plan at 4× CPU. Before the paint, so a page
  // that scrolls itself (a section of a chapter, a term) does so after this.
  useLayoutEffect(() => {
    if (firstPage) {
      firstPage = false;
      notePageShown();
    } else {
      window.scrollTo({ top: 0, behavior: 'instant' });
      ref.current?.focus({ preventScroll: true });
    }
  }, [focusKey]);
  return (
    <>
      {caption && <p class="caption">{caption}</p>}
      <h1 tabIndex={-1} ref={ref} id={id}>
        {title}
      </h1>
    </>
  );
}
