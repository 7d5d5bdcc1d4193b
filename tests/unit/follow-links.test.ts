/**
 * Session 51 (issue 17): in-app links have no click handler of their own; one listener on the document routes them
 * (`followLinks` in src/ui/components/Link.tsx). It must route exactly the clicks each link's own handler routed before:
 * a plain left click on an `<a href="#/…">`, also on an element inside it; not a click another handler already took,
 * not one with Ctrl, Cmd or Shift or another button (the browser opens a tab or window), not a link elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { followLinks, linkTo } from '../../src/ui/components/Link';
import type { Route } from '../../src/app/router';

type Click = { defaultPrevented: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; button: number; target: unknown; preventDefault(): void };

/** A document that keeps its one listener, and a click on an element whose nearest `a[href^="#/"]` has `href`. */
function setUp() {
  let listener: ((e: Click) => void) | undefined;
  const doc = {
    addEventListener: (type: string, l: (e: Click) => void) => (expect(type).toBe('click'), (listener = l)),
    removeEventListener: (_: string, l: unknown) => l === listener && (listener = undefined),
  };
  const went: Route[] = [];
  const at: (string | undefined)[] = [];
  const stop = followLinks(doc as unknown as Document, (r, _win, step) => (went.push(r), at.push(step)));
  const click = (href: string | undefined, over: Partial<Click> = {}, inItem?: string) => {
    const e: Click = {
      defaultPrevented: false, ctrlKey: false, metaKey: false, shiftKey: false, button: 0,
      // closest() as the DOM answers it for the selector followLinks asks: the link, if its href is an in-app route.
      // The link's own closest('li.step'): the plan step it is drawn in (`inItem`, its element id), if any.
      target: { closest: (sel: string) => (sel === 'a[href^="#/"]' && href?.startsWith('#/') ? { getAttribute: (n: string) => (n === 'href' ? href : null), closest: (s: string) => (s === 'li.step' && inItem ? { id: inItem } : null) } : null) },
      preventDefault() { this.defaultPrevented = true; },
      ...over,
    };
    listener?.(e);
    return e;
  };
  return { click, went, at, stop };
}

describe('followLinks: one listener routes every in-app link', () => {
  it('a plain click on an in-app link is routed in place, and the browser does not follow it too', () => {
    const { click, went } = setUp();
    expect(click('#/lees/wat-is-opp').defaultPrevented).toBe(true);
    expect(click('#/brief/bezwaar-tlv/2026-11-18').defaultPrevented).toBe(true);
    expect(click('#/gesprek/afspraken').defaultPrevented).toBe(true);
    expect(went).toEqual([{ page: 'read', id: 'wat-is-opp' }, { page: 'letter', id: 'bezwaar-tlv', decision: '2026-11-18' }, { page: 'meeting', after: true }]);
  });

  it('leaves to the browser: Ctrl, Cmd or Shift, another button, a click already taken, a link that is not in-app, no link', () => {
    const { click, went } = setUp();
    for (const over of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }, { defaultPrevented: true }])
      click('#/plan', over);
    expect(click('tel:0612345678').defaultPrevented).toBe(false);
    expect(click('#main').defaultPrevented).toBe(false);
    // CI 108: the language note's link carries a query for the hashchange handler ("?taal=nl"); routing it in place
    // dropped the query, and the language did not change.
    expect(click('#/plan?taal=nl').defaultPrevented).toBe(false);
    expect(click('#/niet-een-pagina').defaultPrevented).toBe(false);
    expect(click(undefined).defaultPrevented).toBe(false);
    expect(went).toEqual([]);
  });

  it('routes what linkTo draws: its href read back is the route it was given', () => {
    const { click, went } = setUp();
    const routes: Route[] = [{ page: 'start' }, { page: 'plan' }, { page: 'read' }, { page: 'read', id: 'wat-is-opp' }, { page: 'glossary', id: 'zorgplicht' },
      { page: 'letter', id: 'klacht' }, { page: 'letter', id: 'bezwaar-verwijdering', decision: '2026-11-02' }, { page: 'info', id: 'privacy' },
      { page: 'meeting' }, { page: 'meeting', after: true }, { page: 'timeline' }, { page: 'professionals' }, { page: 'wipe' }, { page: 'search' }];
    for (const r of routes) {
      const a = linkTo(r, 'x') as unknown as { props: { href: string; onClick?: unknown } };
      expect(a.props.onClick).toBeUndefined();
      click(a.props.href);
    }
    expect(went).toEqual(routes);
  });

  it('a link inside a plan step names that step, for the way back (session 55); elsewhere none', () => {
    const { click, went, at } = setUp();
    click('#/lees/wat-is-opp', {}, 'step-opp-vragen-item');
    click('#/lees/wat-is-opp');
    click('#/brief/klacht', {}, 'first-things');
    expect(went).toEqual([{ page: 'read', id: 'wat-is-opp' }, { page: 'read', id: 'wat-is-opp' }, { page: 'letter', id: 'klacht' }]);
    expect(at).toEqual(['opp-vragen', undefined, undefined]);
  });

  it('stops when told', () => {
    const { click, went, stop } = setUp();
    stop();
    click('#/plan');
    expect(went).toEqual([]);
  });
});
