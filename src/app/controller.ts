import { createActor, type Actor } from 'xstate';
import { flowMachine, positionOf } from '../flow/machine';
import { canShow, type Position } from '../flow/route';
import type { Answers } from '../flow/answers';
import { KEYS, loadFlow, loadJson, openStore, removeKey, saveFlow, saveJson, wipe, type KeyValueStore } from './storage';
import { contactFromStore, type ContactCard } from './contact';
import { parseRoute, positionOfRoute, routeHash, routeOfPosition, type Route } from './router';
import { parseLinkParams, stripQuery } from './link';
import { FORM_FIELDS } from '../rules/letter-fields';
import { currentLang, initI18n, isLang, setLanguage, type Lang } from './i18n';
import { prefetchLanguage } from '../ui/lazy';

/**
 * The app's state in one place: the flow actor, the route, notices and the device store.
 * Views read it through useApp(); they change it only through the functions below.
 */
export interface Notice {
  key: string;
  params?: Record<string, string>;
}

export interface AppState {
  route: Route;
  answers: Answers;
  position: Position;
  persistent: boolean;
  notices: Notice[];
  ticks: Record<string, true>;
  /** "Gegevens voor brieven": names and addresses the parent typed, on this device only. */
  letterFields: Record<string, string>;
  /** The steunpunt's contact card from a link ("Hulp nodig?"), on this device only. */
  contact?: ContactCard;
  /** Bumped on every change, so views can re-render. */
  version: number;
}

type Listener = () => void;

let store: KeyValueStore;
let actor: Actor<typeof flowMachine>;
let state: AppState;
const listeners = new Set<Listener>();
/** The route to go back to after reading a linked section ("terug naar waar je was"). */
let returnRoute: Route | undefined;
/** What was last written or read, so two open tabs do not echo each other's writes forever. */
let lastSaved = '';
let applyingRemote = false;

const emit = (patch: Partial<AppState>) => {
  state = { ...state, ...patch, version: state.version + 1 };
  listeners.forEach((l) => l());
};

export const getState = (): AppState => state;
export const subscribe = (l: Listener) => (listeners.add(l), () => void listeners.delete(l));
export const getReturnRoute = () => returnRoute;

const isTicks = (v: unknown): Record<string, true> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? (Object.fromEntries(Object.entries(v).filter(([k, x]) => x === true && /^[a-z0-9-]{1,64}$/.test(k))) as Record<string, true>)
    : undefined;

const isFields = (v: unknown): Record<string, string> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).filter(([k, x]) => (FORM_FIELDS as readonly string[]).includes(k) && typeof x === 'string' && x.length <= 2000))
    : undefined;

export async function boot(win: Window = window): Promise<void> {
  const opened = openStore(() => win.localStorage);
  store = opened.store;
  const notices: Notice[] = [];
  if (!opened.persistent) notices.push({ key: 'storage.unavailable' });

  const loaded = loadFlow(store);
  if (loaded.problem === 'corrupt') notices.push({ key: 'storage.corrupt' });
  if (loaded.problem === 'migrated') notices.push({ key: 'storage.migrated' });

  const link = parseLinkParams(win.location.hash);
  if (link.ignored.length) notices.push({ key: 'link.ignored', params: { what: link.ignored.join(', ') } });
  let answers: Answers = loaded.saved?.answers ?? {};
  if (link.situations && answers['situatie'] === undefined) answers = { ...answers, situatie: link.situations };
  if (link.contact) saveJson(store, KEYS.contact, link.contact);

  const savedLang = loadJson(store, KEYS.lang, (v) => (isLang(v) ? v : undefined));
  const lang: Lang = link.lang ?? savedLang ?? 'nl';
  await initI18n(lang).catch(() => initI18n('nl'));
  if (link.lang) saveJson(store, KEYS.lang, link.lang);
  prefetchLanguage(currentLang());

  actor = createActor(flowMachine, { input: { answers } });
  actor.start();

  if (win.location.hash.includes('?')) win.history.replaceState(null, '', stripQuery(win.location.hash));
  const route = parseRoute(win.location.hash);
  state = {
    route,
    answers,
    position: 'start',
    persistent: opened.persistent,
    notices,
    ticks: loadJson(store, KEYS.ticks, isTicks) ?? {},
    letterFields: loadJson(store, KEYS.letterFields, isFields) ?? {},
    contact: link.contact ?? loadJson(store, KEYS.contact, contactFromStore),
    version: 0,
  };
  syncFlowToRoute(route, win, 'replace');

  actor.subscribe((snap) => {
    const position = positionOf(snap);
    const answersNow = snap.context.answers;
    const serial = JSON.stringify([answersNow, position]);
    if (!applyingRemote && serial !== lastSaved) {
      lastSaved = serial;
      saveFlow(store, answersNow, position);
    }
    const changedPosition = position !== state.position;
    emit({ answers: answersNow, position });
    // A step forward or back moves the page; the browser's history gets an entry.
    if (changedPosition && position !== 'start' && positionOfRoute(state.route) !== position) navigate(routeOfPosition(position), win);
  });

  win.addEventListener('hashchange', () => onHashChange(win));
  win.addEventListener('storage', (e) => {
    if (e.key === KEYS.answers) onOtherTab(win);
  });
}

/** Keeps the machine where the URL says, if the machine allows it; otherwise the URL follows the machine. */
function syncFlowToRoute(route: Route, win: Window, mode: 'push' | 'replace') {
  const want = positionOfRoute(route);
  if (want === undefined) {
    emit({ route });
    return;
  }
  if (want !== positionOf(actor.getSnapshot())) actor.send({ type: 'SHOW', to: want });
  const at = positionOf(actor.getSnapshot());
  if (at === want) emit({ route, position: at });
  else {
    // Not allowed there (yet): show where the parent can be.
    const fallback = at === 'start' ? ({ page: 'start' } as Route) : routeOfPosition(at);
    setHash(routeHash(fallback), win, mode === 'push' ? 'replace' : mode);
    emit({ route: fallback, position: at });
  }
}

function onHashChange(win: Window) {
  if (win.location.hash.includes('?')) {
    const link = parseLinkParams(win.location.hash);
    if (link.lang) void changeLanguage(link.lang);
    if (link.contact) saveJson(store, KEYS.contact, link.contact), emit({ contact: link.contact });
    if (link.ignored.length) addNotice({ key: 'link.ignored', params: { what: link.ignored.join(', ') } });
    win.history.replaceState(null, '', stripQuery(win.location.hash));
  }
  const route = parseRoute(win.location.hash);
  if (routeHash(route) === routeHash(state.route)) return;
  syncFlowToRoute(route, win, 'replace');
}

function setHash(hash: string, win: Window, mode: 'push' | 'replace') {
  if (win.location.hash === hash) return;
  if (mode === 'push') win.history.pushState(null, '', hash);
  else win.history.replaceState(null, '', hash);
}

export function navigate(route: Route, win: Window = window) {
  const current = state.route;
  const isReading = (r: Route) => r.page === 'read' || r.page === 'glossary';
  if (isReading(route) && !isReading(current)) returnRoute = current;
  setHash(routeHash(route), win, 'push');
  syncFlowToRoute(route, win, 'push');
}

export const send = (event: Parameters<Actor<typeof flowMachine>['send']>[0]) => actor.send(event);

/** "Begin" or "Verder waar je was": the first open question, or the check page when all is answered. */
export function startOrResume(win: Window = window) {
  const answers = actor.getSnapshot().context.answers;
  if (Object.keys(answers).length === 0 || !canShow('review', answers)) {
    // Read where the parent was before BEGIN saves the first question as the position.
    const candidates = resumeCandidates(answers);
    const snap = actor.getSnapshot();
    if (positionOf(snap) === 'start') actor.send({ type: 'BEGIN' });
    // Go to the first unanswered question the parent may see.
    for (const to of candidates) {
      actor.send({ type: 'SHOW', to });
      if (positionOf(actor.getSnapshot()) === to) break;
    }
  } else actor.send({ type: 'SHOW', to: 'review' });
  navigate(routeOfPosition(positionOf(actor.getSnapshot())), win);
}

function resumeCandidates(answers: Answers): Position[] {
  const saved = loadFlow(store).saved?.position;
  return [saved, 'situatie'].filter((p): p is Position => !!p && p !== 'start' && canShow(p, answers));
}

/** Walk all questions again from the first; answers stay filled in (deleting is "Wis mijn gegevens"). */
export function restart(win: Window = window) {
  if (positionOf(actor.getSnapshot()) === 'start') actor.send({ type: 'BEGIN' });
  else actor.send({ type: 'SHOW', to: 'situatie' });
  navigate({ page: 'question', id: 'situatie' }, win);
}

export async function changeLanguage(lang: Lang) {
  await setLanguage(lang);
  saveJson(store, KEYS.lang, lang);
  prefetchLanguage(lang);
  emit({});
}

export function toggleTick(stepId: string) {
  const ticks = { ...state.ticks };
  if (ticks[stepId]) delete ticks[stepId];
  else ticks[stepId] = true;
  saveJson(store, KEYS.ticks, ticks);
  emit({ ticks });
}

/** The BSN is never passed here: it lives only in the letter page while the parent writes. */
export function setLetterField(field: string, value: string) {
  if (!(FORM_FIELDS as readonly string[]).includes(field)) return;
  const letterFields = { ...state.letterFields, [field]: value.slice(0, 2000) };
  if (!value) delete letterFields[field];
  saveJson(store, KEYS.letterFields, letterFields);
  emit({ letterFields });
}

export function removeContact() {
  removeKey(store, KEYS.contact);
  emit({ contact: undefined });
}

/** "Use the shared plan": replaces the answers (and letter fields, if the link has them); old ticks go. */
export function adoptShared(answers: Answers, letterFields?: Record<string, string>, win: Window = window) {
  actor.send({ type: 'RESTORE', answers });
  saveJson(store, KEYS.ticks, {});
  if (letterFields) saveJson(store, KEYS.letterFields, letterFields);
  emit({ ticks: {}, letterFields: letterFields ?? state.letterFields });
  if (positionOf(actor.getSnapshot()) === 'review') {
    actor.send({ type: 'CONFIRM' });
    navigate({ page: 'plan' }, win);
  } else startOrResume(win);
}

export function dismissNotice(key: string) {
  emit({ notices: state.notices.filter((n) => n.key !== key) });
}

export function addNotice(n: Notice) {
  emit({ notices: [...state.notices.filter((x) => x.key !== n.key), n] });
}

/** "Wis mijn gegevens": every stored answer, tick, letter field, contact card and the language choice. */
export function wipeAll(win: Window = window) {
  wipe(store);
  actor.send({ type: 'RESET' });
  emit({ ticks: {}, letterFields: {}, contact: undefined, notices: [] });
  navigate({ page: 'start' }, win);
  addNotice({ key: 'wipe.done' });
}

function onOtherTab(win: Window) {
  const loaded = loadFlow(store).saved;
  const answers = loaded?.answers ?? {};
  const at = positionOf(actor.getSnapshot());
  if (JSON.stringify(answers) === JSON.stringify(actor.getSnapshot().context.answers)) return;
  applyingRemote = true;
  actor.send({ type: 'RESTORE', answers });
  if (at !== 'start' && canShow(at, answers)) actor.send({ type: 'SHOW', to: at });
  applyingRemote = false;
  emit({ ticks: loadJson(store, KEYS.ticks, isTicks) ?? {} });
  addNotice({ key: 'storage.otherTab' });
  navigate(routeOfPosition(positionOf(actor.getSnapshot())), win);
}

export const storeForTests = () => store;
export const lang = () => currentLang();
