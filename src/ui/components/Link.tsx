import type { ComponentChildren } from 'preact';
import { navigate } from '../../app/controller';
import { parseRoute, routeHash, type Route } from '../../app/router';

/**
 * An in-app link: a real href (works with a new tab and without script errors), routed in place by `followLinks`. A
 * plain function that returns the `<a>`, not a component: the plan page draws some 65 of them, and each component costs
 * Preact an instance and a render of its own (issue 17, session 50). `Link` is the same as a component, for pages where
 * that reads better. No handler of its own (session 51): one listener on the document routes them all.
 */
export function linkTo(to: Route, children: ComponentChildren, cls?: string) {
  return (
    <a href={routeHash(to)} class={cls}>
      {children}
    </a>
  );
}

export function Link({ to, children, class: cls }: { to: Route; children: ComponentChildren; class?: string }) {
  return linkTo(to, children, cls);
}

/**
 * Routes a plain click on any in-app link (`#/…`) in place, as `navigate` does: one listener for the whole page instead
 * of one per link (the plan page alone had about 65, each a closure and an `addEventListener` at boot; issue 17). A
 * link with a handler of its own that takes the click (`preventDefault`) keeps it; a click with Ctrl, Cmd or Shift, or
 * another button, is left to the browser (a new tab or window), as before. Installed once by main.tsx. A link inside a
 * plan step also names that step, for the way back.
 */
export function followLinks(doc: Pick<Document, 'addEventListener' | 'removeEventListener'>, go: (to: Route, win?: Window, at?: string) => void = navigate): () => void {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    const a = (e.target as Element | null)?.closest?.('a[href^="#/"]');
    if (!a) return;
    // Only what linkTo draws: an href that is exactly a route's. One with more (the language note's "#/plan?taal=nl",
    // read by the hashchange handler) is the browser's to follow, as before.
    const href = a.getAttribute('href')!;
    const to = parseRoute(href);
    if (routeHash(to) !== href) return;
    e.preventDefault();
    // A link inside a plan step (`#step-<id>-item`): that step is where the way back lands (session 55, takeReturnAt).
    const item = a.closest?.('li.step')?.id;
    go(to, undefined, item ? /^step-(.+)-item$/.exec(item)?.[1] : undefined);
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
