import type { FlowActor, FlowEvent, FlowSnapshot } from '../flow/machine';
import { hasEvents, preloadTimelineCode } from './timeline-code';
import { canShow, firstUnanswered, positionOf, type Position } from '../flow/route';
import type { Answers } from '../flow/answers';
import { KEYS, flowCodec, loadFlow, loadJson, openStore, removeKey, saveJson, wipe, type KeyValueStore } from './storage';
import { SyncedRecord, dispatchStorageEvent, followKey, plainCodec, type Entries } from './sync';
import { contactFromStore, type ContactCard } from './contact';
import { parseRoute, positionOfRoute, routeHash, routeOfPosition, type Route } from './router';
import { parseLinkParams, stripQuery } from './link';
import { FORM_FIELDS } from '../rules/letter-fields';
import { currentLang, initI18n, isLang, LANGS, setLanguage, type Lang } from './i18n';
import type { Change, TimelineData } from '../timeline/model';
import { loadContent, prefetchLanguage, whenIdle } from '../ui/lazy';
import { likelyNewVersion, reloadForNewVersion } from './pwa';

/**
 * The app's state in one place: the flow actor, the route, notices and the device store.
 * Views read it through useApp(); they change it only through the functions below.
 *
 * The flow actor (src/flow/machine.ts, with XState) is not part of the first load: the start page
 * and the reading pages do not need it. It is created when a page of the questionnaire is opened,
 * or right after the first paint (startFlowSoon), whichever comes first. Until then the answers
 * live in `state.answers` and the position is 'start'; every function below works either way.
 */
export interface Notice {
  key: string;
  params?: Record<string, string>;
  /** Buttons under the message (label is a text id). Without them the notice only has "Sluiten". */
  actions?: { label: string; run: () => void; primary?: boolean }[];
  /** An alert (role="alert"): a save that failed, data that cannot be written. */
  urgent?: boolean;
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
  /** "Mijn tijdlijn", as stored; read it with timelineOf() (src/ui/components/timelineDoor.ts). */
  timeline: unknown;
  /** A card from a link that is not stored (yet): it waits for the parent's yes. */
  pendingContact?: ContactCard;
  /** The stored answers come from a newer version of the app (its schema version): nothing is written. */
  newerData?: number;
  /** Saving failed and the parent chose to go on without saving. */
  memoryOnly?: boolean;
  /** Bumped on every change, so views can re-render. */
  version: number;
}

type Listener = () => void;

let store: KeyValueStore;
/** The questionnaire's actor, once its module has loaded (ensureActor). */
let actor: FlowActor | undefined;
let actorLoading: Promise<FlowActor> | undefined;
let bootWindow: Window;
let state: AppState;
const listeners = new Set<Listener>();
/** The route to go back to after reading a linked section ("terug naar waar je was"). */
let returnRoute: Route | undefined;
/**
 * Session 55: the plan step whose "Lees meer" the parent followed (followLinks), so that "Terug naar waar je was" and
 * Back land on that step, not on the plan's top. Taken once (takeReturnAt).
 */
let returnAt: string | undefined;
/** What was last written or read, so two open tabs do not echo each other's writes forever. */
let lastSaved = '';
let applyingRemote = false;
/** Set while the timeline writes answers, or while "Begin" moves the machine on to its place: the page stays where it is. */
let keepPage = false;
/**
 * The timeline is kept here as stored (unchecked): its code (src/timeline, src/app/timeline-store.ts)
 * is not in the first load. The pages that use it read it through timelineOf() (checked, and with
 * dates changed in the questionnaire followed), and write it through applyTimeline().
 */
const TIMELINE_KEY = 'wegwijzer.timeline';
const readTimeline = () => loadJson(store, TIMELINE_KEY, (v) => v);
/** The stored records, each merged per entry with what other tabs write (sync.ts). */
let answersRec: SyncedRecord<string | string[]>;
let ticksRec: SyncedRecord<true>;
let fieldsRec: SyncedRecord<string>;
/** The position this tab stands at, written with the answers. */
let positionNow: Position = 'start';

/**
 * A change of state: every view re-renders. A patch that changes nothing (the machine arriving at
 * the page that is already shown, with the same answers) is dropped: re-rendering a plan of 40
 * steps for it took a third of the plan page's boot script (issue 17). `emit({})` still re-renders.
 */
const emit = (patch: Partial<AppState>) => {
  const keys = Object.keys(patch) as (keyof AppState)[];
  if (keys.length && keys.every((k) => state[k] === patch[k])) return;
  state = { ...state, ...patch, version: state.version + 1 };
  // A timeline with events (logged here, or in another tab): its plan code starts loading before a page asks for it.
  if ('timeline' in patch && hasEvents(patch.timeline)) preloadTimelineCode();
  listeners.forEach((l) => l());
};

/**
 * The questionnaire's actor: at once when it is there, else after its module (and XState) loaded.
 * It starts at 'start' with the answers held now. A failed load says so and offers a reload.
 */
function ensureActor(win: Window = bootWindow): Promise<FlowActor> {
  if (actor) return Promise.resolve(actor);
  actorLoading ??= import('../flow/machine').then(
    ({ startFlow }) => {
      if (actor) return actor;
      const a = startFlow(state.answers);
      actor = a;
      a.subscribe((snap) => onFlow(snap, win));
      // A page of the questionnaire shown before the machine was there (syncFlowToRoute): the
      // machine goes there too (or, should the answers no longer allow it, says where to go).
      if (state.position !== 'start') syncFlowToRoute(state.route, win, 'replace');
      return a;
    },
    (error: unknown) => {
      actorLoading = undefined;
      loadFailed();
      throw error;
    },
  );
  return actorLoading;
}

/** A part of the app that did not load: most likely a new version replaced its file, else the connection. */
const loadFailed = () =>
  addNotice({ key: likelyNewVersion() ? 'trust.staleVersion' : 'app.loadFailed', urgent: true, actions: [{ label: 'trust.reloadNow', run: reloadForNewVersion, primary: true }] });

/** Runs f with the actor: in this task when it is there, otherwise once it has loaded. */
function withActor(f: (a: FlowActor) => void, win: Window = bootWindow): void {
  if (actor) f(actor);
  else ensureActor(win).then(f, () => undefined);
}

/**
 * After the first paint: load the questionnaire in the background, so "Begin" or "Volgende" needs no
 * wait. On another page (the plan, a letter, a chapter) nothing there needs it until the parent does
 * something: it loads at the first tap, key or focus, not in the page's boot (issue 17: 15-45 ms of
 * the plan page's boot script at 4× CPU). A page of the questionnaire opened later loads it anyway.
 */
export function startFlowSoon(win: Window = window) {
  if (actor) return;
  const load = () => void ensureActor(win).catch(() => undefined);
  if (needsFlowSoon(state.route)) return void whenIdle(load, 2000, 200, win);
  if (waitingForTap) return;
  waitingForTap = true;
  const types = ['pointerdown', 'keydown', 'focusin'];
  const first = () => (types.forEach((type) => win.removeEventListener(type, first, true)), load());
  types.forEach((type) => win.addEventListener(type, first, true));
}
let waitingForTap = false;
/** Pages whose next tap goes through the machine: "Begin", an answer, "Naar mijn plan". */
const needsFlowSoon = (route: Route) => route.page === 'start' || route.page === 'question' || route.page === 'review';

/**
 * New answers or a new position (from the machine, or before it exists): save them and show them.
 * New answers are written at once, in the tap. A new position with the answers as saved ("Begin",
 * "Vorige", "Naar mijn plan", a plan page opened from the check page) is written right after the
 * page is painted (savePositionSoon): the first write of a fresh page costs 6 ms of the plan's boot
 * at 4× CPU (localStorage.setItem), and no answer waits on it.
 */
function record(answers: Answers, position: Position, win: Window) {
  positionNow = position;
  const json = JSON.stringify(answers);
  const serial = `[${json},${JSON.stringify(position)}]`;
  if (!applyingRemote && serial !== lastSaved) {
    const positionOnly = lastSaved.startsWith(`[${json},`);
    lastSaved = serial;
    if (positionOnly) savePositionSoon(win);
    else {
      pendingPosition = undefined;
      persistAnswers(answers, win);
    }
  }
  // The same answers as a new object (the machine's copy) stay the object the views already have,
  // so nothing computed from them (the plan) is computed again.
  const same = answers === state.answers || json === JSON.stringify(state.answers);
  emit({ answers: same ? state.answers : answers, position });
}

/** Every change of the machine: save it, show it, and move the page along. */
function onFlow(snap: FlowSnapshot, win: Window) {
  const position = positionOf(snap);
  const changedPosition = position !== state.position;
  record(snap.context.answers, position, win);
  if (keepPage) return;
  // A step forward or back moves the page; the browser's history gets an entry.
  if (changedPosition && position !== 'start' && positionOfRoute(state.route) !== position) navigate(routeOfPosition(position), win);
}

export const getState = (): AppState => state;
export const subscribe = (l: Listener) => (listeners.add(l), () => void listeners.delete(l));
export const getReturnRoute = () => returnRoute;
/** The step to land on when `route` is the page the parent left for a reading page, once; undefined otherwise. */
export function takeReturnAt(route: Route): string | undefined {
  if (returnAt === undefined || returnRoute === undefined || routeHash(route) !== routeHash(returnRoute)) return undefined;
  const at = returnAt;
  returnAt = undefined;
  return at;
}

const isTicks = (v: unknown): Record<string, true> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? (Object.fromEntries(Object.entries(v).filter(([k, x]) => x === true && /^[a-z0-9-]{1,64}$/.test(k))) as Record<string, true>)
    : undefined;

const isFields = (v: unknown): Record<string, string> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).filter(([k, x]) => (FORM_FIELDS as readonly string[]).includes(k) && typeof x === 'string' && x.length <= 2000))
    : undefined;

const sameCard = (a?: ContactCard, b?: ContactCard) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

/**
 * A contact card from a link. It is stored at once only when nothing is stored yet and the link is
 * not a shared plan (view-only saves nothing); otherwise it waits for the parent's yes.
 */
function takeLinkContact(card: ContactCard, sharedPlan: boolean): Pick<AppState, 'contact' | 'pendingContact'> {
  const stored = loadJson(store, KEYS.contact, contactFromStore);
  if (sameCard(stored, card)) return { contact: stored, pendingContact: undefined };
  if (!stored && !sharedPlan && saveJson(store, KEYS.contact, card)) return { contact: card, pendingContact: undefined };
  return { contact: stored, pendingContact: card };
}

const isSharedPlanHash = (hash: string) => parseRoute(hash).page === 'share' && /^#\/?deel\//.test(hash);

export async function boot(win: Window = window): Promise<void> {
  bootWindow = win;
  const opened = openStore(() => win.localStorage);
  store = opened.store;
  const notices: Notice[] = [];
  if (!opened.persistent) notices.push({ key: 'storage.unavailable' });

  const loaded = loadFlow(store);
  if (loaded.problem === 'corrupt') notices.push({ key: 'storage.corrupt' });
  if (loaded.problem === 'migrated') notices.push({ key: 'storage.migrated' });
  answersRec = new SyncedRecord(store, KEYS.answers, flowCodec(() => positionNow));
  ticksRec = new SyncedRecord(store, KEYS.ticks, plainCodec(isTicks));
  fieldsRec = new SyncedRecord(store, KEYS.letterFields, plainCodec(isFields));
  const stored = answersRec.load();
  if (answersRec.newer !== undefined) notices.push(newerNotice(win));

  const link = parseLinkParams(win.location.hash);
  const sharedPlan = isSharedPlanHash(win.location.hash);
  if (link.ignored.length) notices.push({ key: 'link.ignored', params: { what: link.ignored.join(', ') } });
  let answers: Answers = stored;
  if (link.situations && answers['situatie'] === undefined && !sharedPlan) answers = { ...answers, situatie: link.situations };
  const cards = link.contact ? takeLinkContact(link.contact, sharedPlan) : { contact: loadJson(store, KEYS.contact, contactFromStore) };

  const savedLang = loadJson(store, KEYS.lang, (v) => (isLang(v) ? v : undefined));
  const lang: Lang = link.lang ?? savedLang ?? 'nl';
  // A language that cannot load (offline, and not kept on this device): Dutch, with a notice and a way to try again.
  if (!(await initI18n(lang).then(() => true, () => initI18n('nl').then(() => false)))) notices.push(languageFailed(lang));
  // A shared plan's link shows its language, but only a steunpunt link may keep it.
  if (link.lang && !sharedPlan) saveJson(store, KEYS.lang, link.lang);
  prefetchLanguage(currentLang());

  if (win.location.hash.includes('?')) win.history.replaceState(null, '', stripQuery(win.location.hash));
  const route = parseRoute(win.location.hash);
  state = {
    route,
    answers,
    position: 'start',
    persistent: opened.persistent,
    notices,
    ticks: ticksRec.load(),
    letterFields: fieldsRec.load(),
    ...cards,
    newerData: answersRec.newer,
    timeline: readTimeline(),
    version: 0,
  };
  // What the store holds now, as record() compares it: a plan (or question) reopened where the parent left it
  // writes nothing at boot. Answers a link added, or a record read in an older form, are written with the first
  // position (session 42: a reload of the plan wrote the whole record again, about 8 ms of its boot at 4× CPU).
  const storedPosition = answers === stored && !loaded.problem ? loaded.saved?.position : undefined;
  lastSaved = JSON.stringify([answers, storedPosition ?? 'start']);
  if (state.pendingContact) addNotice(contactNotice());
  // A page of the questionnaire (a reload, a link): its texts load now, not after the first render
  // asks for them. When the answers allow the page (route.ts canShow, the machine's own rule for
  // SHOW) it renders without waiting for the machine (issue 17: the plan's boot); otherwise the
  // machine decides where the parent is, as before.
  const want = positionOfRoute(route);
  if (want !== undefined) {
    void loadContent(want === 'plan' ? 'steps' : 'questions', currentLang()).catch(() => undefined);
    if (!canShow(want, answers)) await ensureActor(win).catch(() => undefined);
  }
  syncFlowToRoute(route, win, 'replace');

  win.addEventListener('hashchange', () => onHashChange(win));
  // Anything the parent does next (a tap, a key, leaving the page) finds the waiting history entry and position written.
  for (const type of ['pointerdown', 'keydown', 'pagehide', 'visibilitychange']) win.addEventListener(type, flushPending, true);
  followKey(KEYS.answers, () => onOtherTab(win));
  followKey(KEYS.ticks, () => emit({ ticks: ticksRec.remote().entries as Record<string, true> }));
  followKey(KEYS.letterFields, () => emit({ letterFields: fieldsRec.remote().entries }));
  followKey(KEYS.contact, () => emit({ contact: loadJson(store, KEYS.contact, contactFromStore) }));
  followKey(TIMELINE_KEY, () => emit({ timeline: readTimeline() }));
  // Session 37: timeline data an older version stored is brought up to date once, when idle (src/app/timeline-upgrade.ts);
  // its code loads only for a parent with a timeline.
  // Session 81: and the timeline's plan code (timeline-code.ts), when idle; a plan or letter page opened first asks for it at once.
  if (hasEvents(state.timeline)) whenIdle(() => preloadTimelineCode(), 3000, 500, win);
  if (hasEvents(state.timeline)) whenIdle(() => void import('./timeline-upgrade').then((m) => m.upgradeStoredTimeline(), () => undefined), 3000, 500, win);
  win.addEventListener('storage', (e) => {
    if (e.storageArea && e.storageArea !== win.localStorage) return;
    if (e.key === null || e.key.startsWith('wegwijzer.')) dispatchStorageEvent(e.key);
  });
}

/** Writes the answers, merged with what other tabs stored; a failure is said at once. */
function persistAnswers(answers: Answers, win: Window) {
  if (state.newerData !== undefined || state.memoryOnly) return;
  const r = answersRec.write(answers as Entries<string | string[]>);
  if (!r.ok) {
    if (r.newer !== undefined) enterNewer(r.newer, win);
    else saveFailed(win);
    return;
  }
  if (state.notices.some((n) => n.key === 'trust.saveFailed')) dismissNotice('trust.saveFailed');
  // Another tab's answers came in with the merge: show them too.
  if (JSON.stringify(r.entries) !== JSON.stringify(answers)) queueMicrotask(() => applyAnswers(r.entries, win));
}

/** A write that did not reach the device store (full, blocked): say so, offer a copy or to go on. */
function saveFailed(win: Window) {
  addNotice({
    key: 'trust.saveFailed',
    urgent: true,
    actions: [
      { label: 'trust.keepCopy', run: () => backupHook(), primary: true },
      { label: 'trust.continueInMemory', run: () => (emit({ memoryOnly: true }), dismissNotice('trust.saveFailed'), addNotice({ key: 'trust.inMemory' })) },
    ],
  });
  void win;
}

const LANGUAGE_FAILED = 'language.loadFailed';
function languageFailed(lang: Lang): Notice {
  return {
    key: LANGUAGE_FAILED,
    params: { name: LANGS.find((l) => l.code === lang)?.name ?? lang },
    urgent: true,
    actions: [
      { label: 'language.tryAgain', run: () => void changeLanguage(lang), primary: true },
      { label: 'pwa.dismiss', run: () => dismissNotice(LANGUAGE_FAILED) },
    ],
  };
}

function newerNotice(win: Window): Notice {
  return { key: 'trust.newerData', urgent: true, actions: [{ label: 'trust.reloadNow', run: () => win.location.reload(), primary: true }] };
}

function enterNewer(version: number, win: Window) {
  if (state.newerData !== undefined) return;
  emit({ newerData: version });
  addNotice(newerNotice(win));
}

function contactNotice(): Notice {
  return {
    // With no card stored yet (a shared plan's link), the question is only whether to keep it.
    key: state.contact ? 'trust.contactFromLink' : 'trust.contactFromLinkNew',
    params: { org: state.pendingContact?.org ?? state.pendingContact?.naam ?? '' },
    actions: [
      { label: state.contact ? 'trust.contactKeepOld' : 'trust.contactDontKeep', run: () => (emit({ pendingContact: undefined }), dismissContactNotices()) },
      { label: 'trust.contactUseNew', run: () => acceptPendingContact() },
    ],
  };
}

/** The parent's yes to the card from a link. */
const dismissContactNotices = () => emit({ notices: state.notices.filter((n) => n.key !== 'trust.contactFromLink' && n.key !== 'trust.contactFromLinkNew') });

export function acceptPendingContact() {
  const card = state.pendingContact;
  dismissContactNotices();
  if (!card) return;
  saveJson(store, KEYS.contact, card);
  emit({ contact: card, pendingContact: undefined });
}

/** The default "keep a copy": the data in memory as a JSON file. The backup feature may replace it. */
let backupHook: () => void = () => {
  const data = { app: 'wegwijzer', savedAt: new Date().toISOString(), answers: state.answers, ticks: state.ticks, letterFields: state.letterFields, contact: state.contact };
  // Loaded only when needed: it is not part of the first load.
  // If it cannot load (a new version replaced its file), say so: this is the button a parent taps when saving fails.
  void import('./export/download').then((m) => m.download(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), 'wegwijzer-kopie.json'), loadFailed);
};
export const setBackupHook = (f: () => void) => void (backupHook = f);

function applyAnswers(answers: Answers, win: Window) {
  if (!actor) {
    // Before the machine is there, the answers change at once. On a non-questionnaire page that is all; on a
    // questionnaire page the machine starts from them (ensureActor: startFlow(state.answers), then syncFlowToRoute
    // decides where they lead). Session 41: there they were kept aside and applied once the machine was there, after an
    // answer this tab gave meanwhile (queued for the same machine): that answer was then undone and written back as
    // this tab's change, and its first write, from answers without the other tab's, took that one back. Lost in CI run
    // 67's two-tab race.
    if (JSON.stringify(answers) === JSON.stringify(state.answers)) return;
    lastSaved = JSON.stringify([answers, positionOfRoute(state.route) !== undefined ? positionNow : 'start']);
    emit({ answers });
    return;
  }
  const at = positionOf(actor.getSnapshot());
  if (JSON.stringify(answers) === JSON.stringify(actor.getSnapshot().context.answers)) return;
  applyingRemote = true;
  actor.send({ type: 'RESTORE', answers });
  if (at !== 'start' && canShow(at, answers)) actor.send({ type: 'SHOW', to: at });
  applyingRemote = false;
  lastSaved = JSON.stringify([actor.getSnapshot().context.answers, positionOf(actor.getSnapshot())]);
  // Only a page of the questionnaire follows the machine; a letter or reading page stays.
  if (positionOfRoute(state.route) !== undefined) {
    const to = routeOfPosition(positionOf(actor.getSnapshot()));
    if (routeHash(to) !== routeHash(state.route) && to.page !== 'start') navigate(to, win);
  }
}

/** Keeps the machine where the URL says, if the machine allows it; otherwise the URL follows the machine. */
function syncFlowToRoute(route: Route, win: Window, mode: 'push' | 'replace') {
  const want = positionOfRoute(route);
  if (want === undefined) {
    emit({ route });
    return;
  }
  // The plan or the check page with an answer missing (a question added by an update, a link typed
  // by hand): the question that is missing, with a notice, not the start page and not the first
  // question again. The plan is one answer away.
  const missing = (want === 'plan' || want === 'review') && Object.keys(state.answers).length > 0 && !canShow(want, state.answers) ? firstUnanswered(state.answers) : undefined;
  if (missing) {
    addNotice({ key: 'app.answerMissing' });
    const to: Route = { page: 'question', id: missing.id };
    setHash(routeHash(to), win, 'replace');
    return syncFlowToRoute(to, win, 'replace');
  }
  // A page the answers allow, before the machine has loaded: shown at once and saved with its
  // position, as the machine's SHOW would; ensureActor moves the machine there when it arrives.
  if (!actor && canShow(want, state.answers)) return void (record(state.answers, want, win), emit({ route }));
  if (!actor) {
    // The machine is still loading (or failed to): the page changes once it is there.
    ensureActor(win).then(
      () => syncFlowToRoute(parseRoute(hashNow(win)), win, 'replace'),
      // It could not load (offline and not kept, or a new version): the start page, with the notice.
      () => (setHash(routeHash({ page: 'start' }), win, 'replace'), emit({ route: { page: 'start' }, position: 'start' })),
    );
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
  // The browser moved (back, forward, a typed address) before the waiting entry was written: it wins.
  pendingPush = undefined;
  if (win.location.hash.includes('?')) {
    const link = parseLinkParams(win.location.hash);
    const sharedPlan = isSharedPlanHash(win.location.hash);
    if (link.lang) void (sharedPlan ? setLanguage(link.lang).then(() => emit({}), () => addNotice(languageFailed(link.lang!))) : changeLanguage(link.lang));
    if (link.contact) {
      emit(takeLinkContact(link.contact, sharedPlan));
      if (state.pendingContact) addNotice(contactNotice());
    }
    if (link.ignored.length) addNotice({ key: 'link.ignored', params: { what: link.ignored.join(', ') } });
    win.history.replaceState(null, '', stripQuery(win.location.hash));
  }
  const route = parseRoute(win.location.hash);
  if (routeHash(route) === routeHash(state.route)) return;
  syncFlowToRoute(route, win, 'replace');
}

/**
 * A new history entry waits until the new page is painted: `history.pushState` costs 2-11 ms at 4×
 * CPU (the browser records the entry), and a tap should show the next page first. The entry is
 * written right after that frame, or at once before anything else touches the history or the parent
 * presses a key or taps again. Nothing is lost if the page is closed in between: the answers are
 * saved before (record()), the position at the latest when the page is hidden; a reload then opens
 * the page before, which the parent can leave with one tap.
 */
let pendingPush: [string, Window, string] | undefined;

function flushHistory() {
  const p = pendingPush;
  pendingPush = undefined;
  // [hash, window, the hash when it was queued]: if the browser moved since (an address, back, a link),
  // it wins, even before its hashchange event has arrived.
  if (p && p[1].location.hash === p[2] && p[1].location.hash !== p[0]) p[1].history.pushState(null, '', p[0]);
}

/**
 * The position, waiting to be written (record()): right after the next frame, or at once before the
 * parent taps, presses a key or leaves the page (the same moments as the history entry above). New
 * answers written before then carry the position too, and a wipe drops it (resetFlow).
 */
let pendingPosition: (() => void) | undefined;
function savePositionSoon(win: Window) {
  const waiting = pendingPosition !== undefined;
  // The answers as they are when it is written: another tab's answers may have come in since, and
  // writing the answers of now-then would take them back (tests/browser/trust.test.ts, two tabs).
  pendingPosition = () => persistAnswers(state.answers, win);
  if (waiting) return;
  win.requestAnimationFrame(() => setTimeout(flushPosition));
  setTimeout(flushPosition, 100);
}
function flushPosition() {
  const p = pendingPosition;
  pendingPosition = undefined;
  p?.();
}
/** What waits for the frame after a tap: the history entry and the position. */
function flushPending() {
  flushHistory();
  flushPosition();
}

/** The hash the address bar shows now or right after this frame. */
const hashNow = (win: Window) => pendingPush?.[0] ?? win.location.hash;

function setHash(hash: string, win: Window, mode: 'push' | 'replace') {
  // The same page again ("Begin" moves the machine, then the page): the waiting entry stays waiting.
  if (pendingPush && pendingPush[0] === hash && pendingPush[2] === win.location.hash) return;
  flushHistory();
  if (win.location.hash === hash) return;
  if (mode === 'replace') win.history.replaceState(null, '', hash);
  else {
    pendingPush = [hash, win, win.location.hash];
    win.requestAnimationFrame(() => setTimeout(flushHistory));
    // A tab in the background gets no frames: a timer still runs there, so the entry never waits for
    // the parent to come back (an address typed or a link opened then would find the old hash).
    setTimeout(flushHistory, 100);
  }
}

/** `at`: the plan step the link was in (followLinks), for the way back (takeReturnAt). */
export function navigate(route: Route, win: Window = window, at?: string) {
  const current = state.route;
  const isReading = (r: Route) => r.page === 'read' || r.page === 'glossary';
  if (isReading(route) && !isReading(current)) {
    returnRoute = current;
    returnAt = at;
  } else if (!isReading(route) && returnRoute !== undefined && routeHash(route) !== routeHash(returnRoute)) returnAt = undefined;
  setHash(routeHash(route), win, 'push');
  syncFlowToRoute(route, win, 'push');
  if (!actor && needsFlowSoon(route)) startFlowSoon(win);
}

export const send = (event: FlowEvent) => withActor((a) => a.send(event));

/** "Begin" or "Verder waar je was": the first open question, or the check page when all is answered. */
export function startOrResume(win: Window = window) {
  if (!actor) return withActor(() => startOrResume(win), win);
  const answers = actor.getSnapshot().context.answers;
  if (Object.keys(answers).length === 0 || !canShow('review', answers)) {
    // Read where the parent was before BEGIN saves the first question as the position.
    const candidates = resumeCandidates(answers);
    const snap = actor.getSnapshot();
    // The machine's moves on the way (BEGIN to the first question, then SHOW) write no page of their own: one history entry,
    // for the place it ends at, so Back leads to where the parent tapped (session 45: Back showed the first question).
    keepPage = true;
    try {
      if (positionOf(snap) === 'start') actor.send({ type: 'BEGIN' });
      // Go to the first unanswered question the parent may see.
      for (const to of candidates) {
        if (positionOf(actor.getSnapshot()) !== to) actor.send({ type: 'SHOW', to });
        if (positionOf(actor.getSnapshot()) === to) break;
      }
    } finally {
      keepPage = false;
    }
  } else actor.send({ type: 'SHOW', to: 'review' });
  navigate(routeOfPosition(positionOf(actor.getSnapshot())), win);
}

function resumeCandidates(answers: Answers): Position[] {
  flushPosition();
  const saved = loadFlow(store).saved?.position;
  // Saved on the plan or the check page, an answer now missing (a question added by an update): that question.
  const missing = saved === 'plan' || saved === 'review' ? firstUnanswered(answers)?.id : undefined;
  return [saved, missing, 'situatie'].filter((p): p is Position => !!p && p !== 'start' && canShow(p, answers));
}

/** Walk all questions again from the first; answers stay filled in (deleting is "Wis mijn gegevens"). */
export function restart(win: Window = window) {
  if (!actor) return withActor(() => restart(win), win);
  if (positionOf(actor.getSnapshot()) === 'start') actor.send({ type: 'BEGIN' });
  else actor.send({ type: 'SHOW', to: 'situatie' });
  navigate({ page: 'question', id: 'situatie' }, win);
}

export async function changeLanguage(lang: Lang) {
  try {
    await setLanguage(lang);
  } catch {
    // Its texts did not load, even on a second try: the page stays in the language it was in, and says so.
    return addNotice(languageFailed(lang));
  }
  dismissNotice(LANGUAGE_FAILED);
  saveJson(store, KEYS.lang, lang);
  prefetchLanguage(lang);
  emit({});
}

export function toggleTick(stepId: string) {
  const ticks = { ...state.ticks };
  if (ticks[stepId]) delete ticks[stepId];
  else ticks[stepId] = true;
  emit({ ticks: writeRecord(ticksRec, ticks) as Record<string, true> });
}

/** Writes a record merged with what other tabs stored; returns what this tab shows now. */
function writeRecord<V>(rec: SyncedRecord<V>, mine: Entries<V>): Entries<V> {
  if (state.memoryOnly) return mine;
  const r = rec.write(mine);
  if (!r.ok) saveFailed(window);
  return r.entries;
}

/** The BSN is never passed here: it lives only in the letter page while the parent writes. */
export function setLetterField(field: string, value: string) {
  if (!(FORM_FIELDS as readonly string[]).includes(field)) return;
  const letterFields = { ...state.letterFields, [field]: value.slice(0, 2000) };
  if (!value) delete letterFields[field];
  emit({ letterFields: writeRecord(fieldsRec, letterFields) });
}

export function removeContact() {
  removeKey(store, KEYS.contact);
  emit({ contact: undefined });
}

/**
 * "Use the shared plan": replaces the answers and clears the ticks. The receiver's own letter
 * details are kept; the link's letter details only fill fields that are empty here, and replace
 * the receiver's own only with `replaceFields` (the parent's explicit yes on the share page).
 */
export function adoptShared(answers: Answers, letterFields?: Record<string, string>, win: Window = window, replaceFields = false) {
  if (!actor) return withActor(() => adoptShared(answers, letterFields, win, replaceFields), win);
  if (state.newerData === undefined && !state.memoryOnly) {
    const r = answersRec.replace(answers as Entries<string | string[]>);
    if (!r.ok) saveFailed(win);
  }
  applyingRemote = true;
  actor.send({ type: 'RESTORE', answers });
  applyingRemote = false;
  lastSaved = JSON.stringify([answers, positionOf(actor.getSnapshot())]);
  const ticks = writeRecord(ticksRec, {}) as Record<string, true>;
  // Another plan: its calendar events get their own ids.
  removeKey(store, KEYS.calendar);
  // The receiver's details as stored now (another tab may have typed some), not only what this tab holds.
  const own = letterFields ? fieldsRec.remote().entries : state.letterFields;
  const fields = letterFields ? (replaceFields ? { ...own, ...letterFields } : { ...letterFields, ...own }) : own;
  emit({ ticks, letterFields: letterFields ? writeRecord(fieldsRec, fields) : state.letterFields });
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
  // The professionals page's half-built card lives in this tab's session storage.
  try {
    wipe(win.sessionStorage);
  } catch {
    /* no session storage */
  }
  for (const r of [answersRec, ticksRec, fieldsRec]) r.forget();
  // Nothing is written back: no empty record remains after a wipe.
  resetFlow();
  emit({ ticks: {}, letterFields: {}, contact: undefined, timeline: undefined, pendingContact: undefined, notices: [], memoryOnly: false });
  navigate({ page: 'start' }, win);
  addNotice({ key: 'wipe.done' });
}

/** Another tab wrote (or wiped) the answers: follow it, keeping this tab's own unsaved changes. */
function onOtherTab(win: Window) {
  // state.answers follows the machine on every change (onFlow), and holds the answers before it exists.
  const mine = state.answers as Entries<string | string[]>;
  const r = answersRec.remote();
  if (r.newer !== undefined) return enterNewer(r.newer, win);
  if (r.wiped) {
    // "Wis mijn gegevens" in another tab: this tab forgets too, and writes nothing back.
    if (Object.keys(mine).length === 0) return;
    for (const rec of [answersRec, ticksRec, fieldsRec]) rec.forget();
    resetFlow();
    emit({ ticks: {}, letterFields: {}, contact: undefined, timeline: undefined, pendingContact: undefined, notices: [] });
    navigate({ page: 'start' }, win);
    addNotice({ key: 'trust.wipedElsewhere' });
    return;
  }
  if (JSON.stringify(r.entries) === JSON.stringify(mine)) return;
  applyAnswers(r.entries, win);
  addNotice({ key: 'storage.otherTab' });
}

/** All answers gone, nothing written back (a wipe, here or in another tab). */
function resetFlow() {
  pendingPosition = undefined;
  applyingRemote = true;
  if (actor) actor.send({ type: 'RESET' });
  else emit({ answers: {}, position: 'start' });
  applyingRemote = false;
  positionNow = 'start';
  lastSaved = JSON.stringify([{}, 'start']);
}

/** True while the answers cannot be written (newer data, failed storage, chosen memory-only). */
export const unsavedAnswers = () => state.newerData !== undefined || !!state.memoryOnly;

/**
 * The timeline's one door: stores the events and writes the answers they give through the machine,
 * like the questionnaire does. The page stays where it is; the flow keeps its place when it can.
 */
export function applyTimeline(change: Change, save: (data: TimelineData) => void) {
  save(change.data);
  emit({ timeline: change.data });
  // The place the parent left the questions: this tab's, else the stored one (a tab opened on the timeline stands nowhere in
  // them, and a machine loaded there stands at 'start').
  const left = (here: Position) => (here !== 'start' ? here : (loadFlow(store).saved?.position ?? 'start'));
  if (!actor) {
    // No questionnaire page opened yet: the answers are written as the machine would write them.
    if (JSON.stringify(change.answers) !== JSON.stringify(state.answers)) record(change.answers, resumeAfter(left(positionNow), change.answers), bootWindow);
    return;
  }
  const snap = actor.getSnapshot();
  if (JSON.stringify(change.answers) === JSON.stringify(snap.context.answers)) return;
  const to = resumeAfter(left(positionOf(snap)), change.answers);
  keepPage = true;
  try {
    actor.send({ type: 'RESTORE', answers: change.answers });
    if (to !== 'start') actor.send({ type: 'SHOW', to });
  } finally {
    keepPage = false;
  }
}

/**
 * Session 44: where the parent resumes the questions after a timeline change: the same place while the answers still allow
 * it, else the first question without an answer. An event that asks new questions (a removal decision adds the
 * handelingsverlegen ones) took the plan out of reach; the place became 'start' and "Beantwoord de open vragen" led to the
 * first question of all, so the parent clicked through every answer again to find the open one.
 */
function resumeAfter(at: Position, answers: Answers): Position {
  if (at === 'start' || canShow(at, answers)) return at;
  const open = firstUnanswered(answers)?.id;
  return open !== undefined && canShow(open, answers) ? open : 'start';
}

export const storeForTests = () => store;
/** The device store, for the timeline and backup pages (through src/app/timeline-store.ts). */
export const deviceStore = () => store;
export const lang = () => currentLang();
