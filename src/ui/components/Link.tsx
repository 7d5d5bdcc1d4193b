import type { ComponentChildren } from 'preact';
import { navigate } from '../../app/controller';
import { routeHash, type Route } from '../../app/router';

/**
 * An in-app link: a real href (works with a new tab and without script errors), routed in place. A plain function that
 * returns the `<a>`, not a component: the plan page draws some 65 of them, and each component costs Preact an instance
 * and a render of its own (issue 17, session 50). `Link` is the same as a component, for pages where that reads better.
 */
export function linkTo(to: Route, children: ComponentChildren, cls?: string, onFollow?: () => void) {
  return (
    <a
      href={routeHash(to)}
      class={cls}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        onFollow?.();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

export function Link({ to, children, class: cls, onFollow }: { to: Route; children: ComponentChildren; class?: string; onFollow?: () => void }) {
  return linkTo(to, children, cls, onFollow);
}
