import type { ComponentChildren } from 'preact';
import { navigate } from '../../app/controller';
import { routeHash, type Route } from '../../app/router';

/** An in-app link: a real href (works with a new tab and without script errors), routed in place. */
export function Link({ to, children, class: cls, onFollow }: { to: Route; children: ComponentChildren; class?: string; onFollow?: () => void }) {
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
