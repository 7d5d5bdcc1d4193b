import type { Position } from '../flow/route';

/**
 * Hash routes, so the app works from any folder on any static host and nothing after "#" is ever
 * sent to a server. Flow pages (questions, check, plan) mirror the machine's position.
 */
export type Route =
  | { page: 'start' }
  | { page: 'question'; id: string }
  | { page: 'reading' }
  | { page: 'review' }
  | { page: 'plan' }
  | { page: 'read'; id?: string }
  | { page: 'glossary'; id?: string }
  | { page: 'search' }
  | { page: 'letters' }
  /** `decision`: the day of the decision the letter is about, when opened from the plan step of that decision (session 46). */
  | { page: 'letter'; id: string; decision?: string }
  | { page: 'info'; id: string }
  | { page: 'wipe' }
  /** The ten chapters and which apply to this parent. */
  | { page: 'overview' }
  /** A shared plan: the answers travel in the payload (compressed, versioned), after "#". */
  | { page: 'share'; payload?: string }
  | { page: 'professionals' }
  /** "Mijn tijdlijn": the case log, its overview, and the backup file. */
  | { page: 'timeline' }
  /** "Gesprek voorbereiden" (issue 18): the card; `after`: straight to "Wat is er afgesproken?". */
  | { page: 'meeting'; after?: boolean }
  | { page: 'notFound' };

const SEG = /^[a-z0-9-]{1,64}$/;

/** Parses "#/vraag/opp?x=y" (the query part is read by the link module, not here). */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0]!.replace(/^\/+|\/+$/g, '');
  // Share payloads are long and case-sensitive: base64url only.
  const share = /^deel(?:\/([A-Za-z0-9_-]{1,20000}))?$/.exec(path);
  if (share) return share[1] ? { page: 'share', payload: share[1] } : { page: 'share' };
  // Session 46: a letter opened for one decision: "#/brief/bezwaar-tlv/2026-11-18".
  const dated = /^brief\/([a-z0-9-]{1,64})\/(\d{4}-\d{2}-\d{2})$/.exec(path);
  if (dated) return { page: 'letter', id: dated[1]!, decision: dated[2]! };
  const [head = '', id, ...rest] = path.split('/');
  if (rest.length || (id !== undefined && !SEG.test(id))) return { page: 'notFound' };
  switch (head) {
    case '':
      return { page: 'start' };
    case 'vraag':
      return id ? { page: 'question', id } : { page: 'notFound' };
    case 'eerst-lezen':
      return { page: 'reading' };
    case 'controleren':
      return { page: 'review' };
    case 'plan':
      return { page: 'plan' };
    case 'lees':
      return id ? { page: 'read', id } : { page: 'read' };
    case 'begrippen':
      return id ? { page: 'glossary', id } : { page: 'glossary' };
    case 'zoeken':
      return { page: 'search' };
    case 'brieven':
      return { page: 'letters' };
    case 'brief':
      return id ? { page: 'letter', id } : { page: 'notFound' };
    case 'info':
      return id ? { page: 'info', id } : { page: 'notFound' };
    case 'wissen':
      return { page: 'wipe' };
    case 'overzicht':
      return { page: 'overview' };
    case 'voor-professionals':
      return { page: 'professionals' };
    case 'tijdlijn':
      return { page: 'timeline' };
    case 'gesprek':
      return id === undefined ? { page: 'meeting' } : id === 'afspraken' ? { page: 'meeting', after: true } : { page: 'notFound' };
    default:
      return { page: 'notFound' };
  }
}

export function routeHash(r: Route): string {
  switch (r.page) {
    case 'start':
      return '#/';
    case 'question':
      return `#/vraag/${r.id}`;
    case 'reading':
      return '#/eerst-lezen';
    case 'review':
      return '#/controleren';
    case 'plan':
      return '#/plan';
    case 'read':
      return r.id ? `#/lees/${r.id}` : '#/lees';
    case 'glossary':
      return r.id ? `#/begrippen/${r.id}` : '#/begrippen';
    case 'search':
      return '#/zoeken';
    case 'letters':
      return '#/brieven';
    case 'letter':
      return r.decision ? `#/brief/${r.id}/${r.decision}` : `#/brief/${r.id}`;
    case 'info':
      return `#/info/${r.id}`;
    case 'wipe':
      return '#/wissen';
    case 'overview':
      return '#/overzicht';
    case 'share':
      return r.payload ? `#/deel/${r.payload}` : '#/deel';
    case 'professionals':
      return '#/voor-professionals';
    case 'timeline':
      return '#/tijdlijn';
    case 'meeting':
      return r.after ? '#/gesprek/afspraken' : '#/gesprek';
    case 'notFound':
      return '#/niet-gevonden';
  }
}

export function routeOfPosition(p: Position): Route {
  if (p === 'start') return { page: 'start' };
  if (p === 'reading') return { page: 'reading' };
  if (p === 'review') return { page: 'review' };
  if (p === 'plan') return { page: 'plan' };
  return { page: 'question', id: p };
}

export function positionOfRoute(r: Route): Position | undefined {
  switch (r.page) {
    case 'question':
      return r.id;
    case 'reading':
    case 'review':
    case 'plan':
      return r.page;
    default:
      return undefined;
  }
}
