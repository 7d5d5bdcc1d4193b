import { useT, core, type T } from '../../app/i18n';
import { send, takeReturnAt, toggleTick, type AppState } from '../../app/controller';
import { calendarKey } from '../../app/calendar-key';
import { GROUPS, stepNotes, type Plan, type PlanStep, type PlanWarning } from '../../rules/plan';
import { formatDate, isIsoDate, todayInNL } from '../../rules/dates';
import { formatDateInText } from '../../rules/dateInText';
import type { Deadline } from '../../rules/deadlines';
import { Heading } from '../components/Heading';
import { linkTo } from '../components/Link';
import { Checkbox } from '../components/Checkbox';
import { DutchIsLeading } from '../components/LanguageMenu';
import { ContactCard } from '../components/ContactCard';
import type { ContactCard as Card } from '../../app/contact';
import { afterPaint, toc, useContent } from '../lazy';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Component, Fragment, type ComponentChildren } from 'preact';
import { calendarSteps, planToIcs } from '../../rules/ics';
import { deadlineArithmetic, firstDueText, icsTexts, leftText } from '../deadlineText';
import { TimelineOnPlan } from '../components/TimelineOnPlan';
import { findSwvKey, firstScreenParts, firstThings, type FirstScreenPart } from '../firstThings';
import { tickKey } from '../tickKey';
import { planOf } from '../components/timelineDoor';
import { TimelineGate } from '../components/TimelineGate';
import { contactsText } from '../listText';
import { paragraphs } from '../paragraphs';
import { letterDecision } from '../../rules/letters';
import type { Route } from '../../app/router';
import '../plan.css';

export { deadlineArithmetic, leftText } from '../deadlineText';

/** The personalised plan: warnings first, then steps by group, each with its why, deadline, contacts and letters. */
/** `shared`: a plan from a share link, shown without saving anything (ticks stay on the page). */
export function PlanPage(props: { app: AppState; shared?: { onTick: (id: string) => void; title?: string } }) {
  // With events, the timeline's steps are part of the plan: their code first (session 81, TimelineGate).
  return (
    <TimelineGate timeline={props.app.timeline}>
      <PlanView {...props} />
    </TimelineGate>
  );
}

function PlanView({ app, shared }: { app: AppState; shared?: { onTick: (id: string) => void; title?: string } }) {
  const t = useT();
  // Print: by default without the dates of what happened to the child (see PrintOptions below).
  const [personal, setPersonal] = useState(false);
  const texts = useContent('steps', t.lang);
  useOpenDetailsForPrint();
  const today = todayInNL();
  // With the timeline's steps (issue 18; a shared plan: the link's timeline, or none).
  // Computed once per answers, timeline and day: a tick or a print choice re-renders without it.
  const plan = useMemo(() => planOf(app, today), [app.answers, app.timeline, today]);
  // Session 55: back from a step's "Lees meer" ("Terug naar waar je was", or Back): the whole plan at once, at that
  // step, its heading focused; after Heading's own effect, which puts a new page at its top.
  const [returnTo] = useState(() => takeReturnAt(app.route));
  useLayoutEffect(() => {
    if (returnTo && texts.data) goToStep(returnTo, 'instant');
  }, [returnTo, !!texts.data]);
  if (!texts.data) return <p>{texts.failed ? t('app.loadFailed') : t('app.loading')}</p>;
  // "Eerst dit" paints first (it fills a phone's first screen); the warnings, each group of steps and the rest
  // after it, one part per frame, in the same places (issue 17: check page → plan is the slowest tap, and the rest
  // drawn in one task was the plan page's longest task). The parts are InParts' own state, so drawing one does not
  // draw the heading, "Eerst dit" or the parts before it again.
  return (
    <div class={`page-plan${personal ? '' : ' print-private'}`}>
      <Heading title={shared?.title ?? t('plan.title')} />
      <p class="print-only">{t('plan.printIntro')}</p>
      {FirstThings({ plan, t, contact: app.contact, ticks: app.ticks })}
      {/* Session 69: in the other five languages the translation note comes after "Eerst dit", not above it (App.tsx); at
          360 x 740 it pushed the first action's date and contact below the screen in 20 of the 65 example plans. */}
      {!shared && <DutchIsLeading route={app.route} />}
      <InParts now={returnTo !== undefined} parts={[...planSecond(plan, t, app, shared), ...planRest(plan, t, app, personal, setPersonal, shared)]} />
    </div>
  );
}

/**
 * Below "Eerst dit": the date the plan was made, the timeline's flags, the way to the meeting card (one part), then the
 * warnings (a part in pieces). This and the parts below without state of their own (planRest, stepView, deadlineView,
 * findHelp, and FirstThings) are plain functions the page calls, not components: each component costs Preact an instance
 * and a render, and the plan drew some 140 of them (issue 17, session 50: 19,756 → 18,9xx function calls at the plan's
 * boot).
 */
function planSecond(plan: Plan, t: T, app: AppState, shared?: { onTick: (id: string) => void; title?: string }): Part[] {
  const intro: Part = {
    key: 'second',
    pieces: 1,
    draw: () => (
      <>
        <p class="muted">{t('plan.made', { date: formatDateInText(plan.today, t.lang) })}</p>
        <p class="lead">{t('plan.lead')}</p>
        {!shared && <TimelineOnPlan app={app} />}
        {!shared && (
          <p class="no-print">
            {linkTo({ page: 'meeting' }, t('meetingPlan.fromPlan'))}
          </p>
        )}
      </>
    ),
  };
  if (plan.warnings.length === 0) return [intro];
  const warnings = listPart('warnings', plan.warnings, (list) => (
    <section class="warnings" aria-labelledby="warnings-title">
      <h2 id="warnings-title">{t('planFirst.warnings', { count: plan.warnings.length })}</h2>
      <p>{t('planFirst.warningsLead')}</p>
      {list}
    </section>
  ), (w) => (
    <details class="alert" key={w.id}>
      <summary>
        <span class="h4">{t.raw(`${w.texts ?? `steps:warnings.${w.id}`}.title`)}</span>
      </summary>
      {warningText(w, t)}
      <p class="no-print">{linkTo({ page: 'read', id: w.section }, t('plan.readMore'))}</p>
    </details>
  ));
  return [intro, warnings];
}

/**
 * A part of the plan below its first screen: a name (its key), how many pieces it comes in, and what it draws with the
 * first `upTo` of them (a group of steps: its heading and list with that many pieces of its steps). `Piece` draws one
 * piece so that the pieces drawn before are not drawn again when the next one comes.
 */
interface Part {
  key: string;
  pieces: number;
  draw: (upTo: number, generation: number) => ComponentChildren;
}

/**
 * The parts below the first screen, one piece more after each frame (`afterPaint`), in the order of the page, so no
 * single task draws them all and nothing already drawn moves: with the largest answers that one task was 321 ms of
 * script at Lighthouse's 4× CPU, most of the plan page's blocking time (session 74). `now`: all at once (back from
 * "Lees meer" to a step). A step asked for before it is there (the first screen's "Naar de stap"), or printing, draws
 * the rest at once. A piece is drawn again only when the page is (a tick, a print choice: new `parts`, a new
 * generation), not when the next piece comes.
 */
function InParts({ parts, now }: { parts: readonly Part[]; now?: boolean }) {
  const [shown, setShown] = useState(now === true ? Infinity : 0);
  const from = useRef(parts);
  const generation = useRef(0);
  if (from.current !== parts) (from.current = parts, generation.current++);
  const total = parts.reduce((n, p) => n + p.pieces, 0);
  useEffect(() => (shown < total ? afterPaint(() => setShown((n) => n + 1)) : undefined), [shown, total]);
  // A layout effect: there from the first screen's commit on, not from the frame after it.
  useLayoutEffect(() => {
    const all = () => setShown(Infinity);
    showingAll.add(all);
    // Preact draws in a microtask: after this listener, before the browser lays out the page for print.
    window.addEventListener('beforeprint', all);
    return () => (showingAll.delete(all), window.removeEventListener('beforeprint', all));
  }, []);
  let before = 0;
  return (
    <>
      {parts.map((part) => {
        const upTo = Math.min(part.pieces, Math.max(0, shown - before));
        before += part.pieces;
        return upTo > 0 ? <Piece key={part.key} draw={() => part.draw(upTo, generation.current)} generation={generation.current} upTo={upTo} /> : null;
      })}
    </>
  );
}
/** Each InParts on the page: draw everything now. */
const showingAll = new Set<() => void>();

/** A piece (or a part with its first `upTo` pieces), drawn again only for a new generation of parts or more pieces. */
class Piece extends Component<{ draw: () => ComponentChildren; generation: number; upTo: number }> {
  override shouldComponentUpdate(next: { generation: number; upTo: number }) {
    return next.generation !== this.props.generation || next.upTo !== this.props.upTo;
  }
  override render() {
    return <>{this.props.draw()}</>;
  }
}

/**
 * Items per piece of a list (steps, warnings): about a frame's work each at 4× CPU (a step is some twenty elements and their
 * texts). Three steps are about 40 ms of script at Lighthouse's 4×, under the 50 ms line of a blocking task; six would be
 * about 80 ms. Each commit costs some 175 calls of bookkeeping (ROUNDS.md, thirty-ninth round, session 75).
 */
const PER_PIECE = 3;

/** A list as a part in pieces: its frame (a heading, a section, a list element) around the pieces drawn so far. */
function listPart<Item>(key: string, items: readonly Item[], frame: (list: ComponentChildren) => ComponentChildren, one: (item: Item) => ComponentChildren): Part {
  return {
    key,
    pieces: Math.ceil(items.length / PER_PIECE),
    draw: (upTo, generation) =>
      frame(Array.from({ length: upTo }, (_, i) => <Piece key={i} generation={generation} upTo={1} draw={() => items.slice(i * PER_PIECE, (i + 1) * PER_PIECE).map(one)} />)),
  };
}

/** The steps by group (a part each, in pieces), then "Bewaren en printen", the buttons and whom to call. */
function planRest(plan: Plan, t: T, app: AppState, personal: boolean, setPersonal: (v: boolean) => void, shared?: { onTick: (id: string) => void }): Part[] {
  const groups = GROUPS.map((g) => [g, plan.steps.filter((s) => s.group === g)] as const).filter(([, steps]) => steps.length > 0);
  return [
    ...groups.map(([g, steps]) =>
      listPart(`group-${g}`, steps, (list) => (
        <section class={`step-group group-${g}`}>
          <h2>{t.raw(`ui:plan.groups.${g}`)}</h2>
          <ol class="steps">{list}</ol>
        </section>
      ), (s) => stepView(s, t, !!app.ticks[tickKey(s)], shared?.onTick, app.contact)),
    ),
    { key: 'end', pieces: 1, draw: () => planEnd(plan, t, app, personal, setPersonal, shared) },
  ];
}

/** "Bewaren en printen", the buttons and whom to call. */
function planEnd(plan: Plan, t: T, app: AppState, personal: boolean, setPersonal: (v: boolean) => void, shared?: { onTick: (id: string) => void }) {
  return (
    <>
      {plan.steps.length === 0 && <p>{t('plan.empty')}</p>}
      <KeepPlan plan={plan} t={t} personal={personal} setPersonal={setPersonal} />
      <div class="button-row no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('plan.print')}
        </button>
        {!shared && (
          <button type="button" class="button secondary" onClick={() => send({ type: 'SHOW', to: 'review' })}>
            {t('plan.change')}
          </button>
        )}
        {!shared && (
          linkTo({ page: 'share' }, t('share.planLink'), 'button secondary')
        )}
      </div>
      <ContactCard card={app.contact} />
      {!app.contact && findHelp(t, plan)}
      <p class="print-only">
        {t('plan.backToApp')} {location.href.split('#')[0]}
      </p>
    </>
  );
}

/** Session 80: a warning's text in paragraphs, as a step's why (up to 1,164 characters in one block before). Exported for tests. */
export const warningText = (w: PlanWarning, t: T) => paragraphs(t.raw(`${w.texts ?? `steps:warnings.${w.id}`}.text`)).map((p) => <p>{p}</p>);

/**
 * One step of the plan, as an `<li>` keyed by the step's id. Exported for tests (readback-s70). Session 71 (s71-readback, 6):
 * kept so: the public PlanPage needs the app's state, hooks and lazily loaded content, which a Node unit test lacks.
 */
export function stepView(step: PlanStep, t: T, done: boolean, sharedTick?: (id: string) => void, contact?: Card) {
  // A shared plan passes its own tick handler; the parent's own plan ticks in storage.
  const onTick = sharedTick ?? toggleTick;
  const key = (k: string) => `${step.texts ?? `steps:steps.${step.id}`}.${k}`;
  const params = Object.fromEntries(Object.entries(step.params).map(([k, v]) => [k, isIsoDate(v) ? formatDateInText(v, t.lang) : v]));
  const titleId = `step-${step.id}`;
  return (
    <li key={step.id} id={`${titleId}-item`} class={`step${done ? ' done' : ''}`} aria-labelledby={titleId}>
      <div class="step-head">
        <input id={`${titleId}-done`} type="checkbox" class="tick" checked={done} onChange={() => onTick(tickKey(step))} />
        <h3 id={titleId} tabIndex={-1}>
          <label for={`${titleId}-done`}>
            {t.raw(key('title'), params)}
            <span class="visually-hidden"> ({t('plan.done')})</span>
          </label>
        </h3>
      </div>
      {/* Session 79: a long why in paragraphs (a newline in the text), each its own <p>; a note likewise. */}
      {paragraphs(t.raw(key('why'), params)).map((p) => <p>{p}</p>)}
      {stepNotes(step).flatMap((n) => paragraphs(t.raw(n, params)).map((p, i) => <p key={`${n}-${i}`}>{p}</p>))}
      {step.deadline && deadlineView(step.deadline, t, step.deadline.status === 'passed' ? t.raw(key('late'), params) : '', t.exists(key('check')) ? t.raw(key('check'), params) : '')}
      {step.moment && <p class="moment if-personal">{t.raw(`ui:moment.${step.moment.what}`, { date: formatDateInText(step.moment.date, t.lang) })}</p>}
      {step.id === 'gesprek-voorbereiden' && !sharedTick && (
        <p class="no-print">{linkTo({ page: 'meeting' }, step.moment ? t('meetingPlan.fromStep', { date: formatDateInText(step.moment.date, t.lang) }) : t('meetingPlan.fromPlan'))}</p>
      )}
      {/* The meeting has been: the "after" form of the meeting card, which puts the agreements in the timeline and the letter. */}
      {step.id === 'gesprek-vastleggen' && !sharedTick && (
        <p class="no-print">{linkTo({ page: 'meeting', after: true }, t('meetingPlan.record'))}</p>
      )}
      <dl class="step-meta">
        {step.contacts.length > 0 && (
          <div>
            <dt>{t('plan.who')}</dt>
            <dd>{contactsText(step.contacts.map((c) => t.raw(`ui:contact.${c}`)), t.lang)}</dd>
          </div>
        )}
        {step.letters.length > 0 && (
          <div class="no-print">
            <dt>{t('plan.letters')}</dt>
            <dd>
              {step.letters.map((l, i) => (
                <span key={l}>
                  {i > 0 && ', '}
                  {/* Session 46: a bezwaar letter names this step's own decision (letterDecision). */}
                  {linkTo(letterRoute(step, l), toc(t.lang).letterTitles[l] ?? l)}
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
      {step.contacts.includes('steunpunt') && (contact ? <ContactCard card={contact} inline /> : findHelp(t, undefined, true))}
      <p class="no-print">{linkTo({ page: 'read', id: step.section }, t('plan.readMore'))}</p>
    </li>
  );
}

function deadlineView(d: Deadline, t: T, late: string, check: string) {
  return (
    <div class={`deadline deadline-${d.status}${d.certain ? '' : ' uncertain'}`}>
      <p class="deadline-date">
        <strong class="if-personal">{deadlineArithmetic(d, t)}</strong>
        <strong class="if-private">{t('planExtras.dueOnly', { due: formatDate(d.due, t.lang) })}</strong>
      </p>
      <p>
        {leftText(d, t)}
      </p>
      {d.status === 'passed' && paragraphs(late).map((p) => <p>{p}</p>)}
      {!d.certain && (
        <p class="check">
          {check ? (
            <>
              <strong>{t('planFirst.checkDate')}</strong> {check} <span class="muted">{t('plan.uncertain')}</span>
            </>
          ) : (
            <strong>{t('plan.uncertain')}</strong>
          )}
        </p>
      )}
    </div>
  );
}

/**
 * "Bewaren en printen": the calendar file and the print choice.
 *
 * Calendar: one all-day event per deadline that has not passed, built from the same Deadline objects
 * and texts as the steps above (src/rules/ics.ts, src/ui/deadlineText.ts); made on the device, no network.
 *
 * Print, without personal details unless the parent ticks the box: a due date alone stays on the print
 * (it is what the paper is for, and says little on its own), but the dates of events in the child's
 * life are left out: the start dates in the deadline arithmetic (registration received, decision,
 * suspension, first day at home, last OPP meeting) and the date of a planned meeting. The deadline
 * then reads "Uiterste datum: …". The choice is not stored.
 */
function KeepPlan({ plan, t, personal, setPersonal }: { plan: Plan; t: T; personal: boolean; setPersonal: (v: boolean) => void }) {
  const [saved, setSaved] = useState(false);
  const { upcoming, passed } = calendarSteps(plan);
  const download = () => {
    const blob = new Blob([planToIcs(plan, icsTexts(t), new Date(), calendarKey())], { type: 'text/calendar;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = t('planExtras.icsFileName');
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setSaved(true);
  };
  return (
    <section class="keep-plan no-print" aria-labelledby="keep-plan-title">
      <h2 id="keep-plan-title">{t('planExtras.title')}</h2>
      {upcoming.length > 0 && (
        <>
          <p>{t('planExtras.icsLead')}</p>
          <button type="button" class="button secondary" onClick={download}>
            {t('planExtras.icsButton')}
          </button>
          <p class="hint">{t('planExtras.icsPrivate')}</p>
        </>
      )}
      {passed.length > 0 && <p>{upcoming.length ? t('planExtras.icsSkipped', { count: passed.length }) : t('planExtras.icsNone')}</p>}
      <p role="status">{saved ? t('planExtras.icsDone') : ''}</p>
      <Checkbox id="print-personal" label={t('planExtras.printPersonal')} hint={t('planExtras.printPersonalHint')} checked={personal} onChange={setPersonal} />
    </section>
  );
}

/** A step's letter link; a bezwaar letter carries the step's own decision day (session 46, letterDecision). */
const letterRoute = (step: PlanStep, letter: string): Route => {
  const decision = letterDecision(step, letter);
  return decision ? { page: 'letter', id: letter, decision } : { page: 'letter', id: letter };
};

/** The step's heading, brought into view and focused (the plan lives on one hash route, so no #anchors). */
function goToStep(id: string, behavior?: ScrollBehavior, again = true) {
  const h = document.getElementById(`step-${id}`);
  // Asked for before its part is drawn (InParts): draw the rest, then go there once it is.
  if (!h && again && showingAll.size) return void (showingAll.forEach((all) => all()), requestAnimationFrame(() => goToStep(id, behavior, false)));
  h?.closest('li')?.scrollIntoView({ block: 'start', behavior });
  h?.focus({ preventScroll: true });
}

/** "Eerst dit". Exported for tests/unit/first-screen-s23.test.ts, which reads what it renders (called with its props, as the page calls it). */
/** `ticks`: the parent's "Gedaan" ticks; a passed step ticked as done is no first action (firstThings, session 54), nor a ticked step without a running term of her own (session 67). */
export function FirstThings({ plan, t, contact, ticks }: { plan: Plan; t: T; contact?: Card; ticks?: Readonly<Record<string, true>> }) {
  // Session 70 (s70-readback, 4): which parts, in which order, with which keys: firstScreenParts, as the CLI's first screen.
  const parts = firstScreenParts(firstThings(plan, ticks));
  if (!parts.length) return null;
  const params = (s: PlanStep) => Object.fromEntries(Object.entries(s.params).map(([k, v]) => [k, isIsoDate(v) ? formatDateInText(v, t.lang) : v]));
  // Agreement steps (issue 18) carry their own text key prefix.
  const title = (s: PlanStep) => t.raw(`${s.texts ?? `steps:steps.${s.id}`}.title`, params(s));
  const left = (d: Deadline) => leftText(d, t);
  // The step named below a line when it is not one of the actions (they show their own date).
  const what = (named: boolean, s: PlanStep) =>
    named && (
      <>
        <br />
        <span>{t('planFirst.nextDateWhat', { title: title(s) })}</span>
      </>
    );
  const view = (p: FirstScreenPart) => {
    switch (p.part) {
      case 'next':
        // Session 69 (s69-blind: a dossier's month ending today and a talk at school tomorrow): a follow-up's date (the other
        // side's; no term of the parent's own, nothing lost when it passes) comes below the actions. Above them, at 360 px,
        // its date and explanation filled the first screen and pushed the talk and the actions below it.
        return (
          <p key="next" class="first-date">
            <span class="first-label">{t('planFirst.nextDate')}</span> <strong>{formatDate(p.step.deadline.due, t.lang)}</strong> <span>{left(p.step.deadline)}</span>
            {/* A term not in the sources (FACTS §X) is never shown as certain, here either; its step says whom to ask. */}
            {!p.step.deadline.certain && <span> {t('plan.uncertain')}</span>}
            {what(p.named, p.step)}
            {/* Session 67 (s67-first): a follow-up's date (the other side's, uncertain): no term of the parent's own. */}
            {p.followUp && (
              <>
                <br />
                <span>{t(p.followUp)}</span>
              </>
            )}
            {/* Session 72 (s72-first, 2): a decision only told: no term runs yet; ask for it on paper first. */}
            {p.oral && (
              <>
                <br />
                <span>{t(p.oral)}</span>
              </>
            )}
          </p>
        );
      case 'meeting':
        // A talk at school before the nearest date (or with no date ahead): the day to prepare for.
        return (
          <p key="meeting" class="first-date if-personal">
            {t.raw(`ui:moment.${p.step.moment.what}`, { date: formatDateInText(p.step.moment.date, t.lang) })}
          </p>
        );
      case 'extended':
        // The admission's 6 weeks passed, the school may have extended to a day still ahead: named here when not an action below.
        return (
          <p key="extended" class="first-extended">
            <strong>{title(p.step)}</strong>
            <br />
            <span>{left(p.step.deadline)}</span>
          </p>
        );
      case 'also':
        // A second term running at the same time, further down in "Nu doen" (session 23): named here too.
        return (
          <p key={`also-${p.step.id}`} class="first-date first-also">
            <span class="first-label">{t('firstScreen.alsoDate')}</span> <strong>{formatDate(p.step.deadline.due, t.lang)}</strong> <span>{left(p.step.deadline)}</span>
            {!p.step.deadline.certain && <span> {t('plan.uncertain')}</span>}
            {what(true, p.step)}
            {/* Session 73 (s73-first, 4): a decision only told, beside a nearer date: no term runs yet; ask for it on paper. */}
            {p.oral && (
              <>
                <br />
                <span>{t(p.oral)}</span>
              </>
            )}
          </p>
        );
      case 'unknownClock':
      case 'gpoOpp':
        // No date ahead, but a term may run from a day not known yet (session 23; beside a date "also", session 24). Session 68
        // (s68-gpoopp): an OPP dispute's Geschillencommissie term may run, from a day not in the sources; below the actions, so
        // that the most urgent action stays on the first screen at 360 px (tests/browser/plan-first.test.ts).
        return (
          <p key={p.part} class="first-date first-unknown">
            {t(p.key)}
            {what(p.named, p.step)}
          </p>
        );
      case 'noDate':
        // Session 60 (s60-first): beside a step naming a day the school must meet (the OPP's evaluation), not "no date" but "no term of yours".
        return (
          <p key="noDate" class={p.privateOnly ? 'first-date if-private' : 'first-date'}>
            {t(p.key)}
          </p>
        );
      case 'choice':
        // Session 28: the bezwaar below is a choice now the child has a place elsewhere; said before "do this first", with its date.
        return (
          <p key="choice" class="first-choice">
            {t(p.key, { date: formatDate(p.date, t.lang) })}
          </p>
        );
      case 'holiday':
        // Session 75 (s75-order, 3): a term on this screen ends in a school holiday; said once per window, below the actions.
        return (
          <p key={p.key} class="first-date first-holiday">
            {t(p.key)}
          </p>
        );
      case 'dayOff':
        // Session 77 (s77-holiday, 2): a last day on a weekend or feestdag; send by the working day before. Below the actions.
        return (
          <p key="dayOff" class="first-date first-holiday">
            {t(p.key, { date: formatDateInText(p.day, t.lang), before: formatDateInText(p.before, t.lang) })}
          </p>
        );
      case 'alert':
        // Session 46: a right that may be lost now (FIRST_SCREEN_WARNINGS), by its title; its text is under "Let op", below.
        return (
          <p key={`alert-${p.warning.id}`} class="first-alert">
            <strong>{t.raw(`${p.warning.texts ?? `steps:warnings.${p.warning.id}`}.title`)}</strong>
            <br />
            <span>{t('s46.firstAlertMore')}</span>
          </p>
        );
      case 'actions':
        return (
          <Fragment key="actions">
            <h3 class="h4">{t(p.steps.length > 1 ? 'planFirst.actionsMany' : 'planFirst.actionsOne')}</h3>
            <ol class="first-actions">
              {p.steps.map((s) => (
                <li key={s.id}>
                  <strong>{title(s)}</strong>
                  {s.deadline && (
                    <span class="first-due">
                      {' '}
                      {firstDueText(s.deadline, t)} {left(s.deadline)}
                      {/* Session 23: an uncertain term (FACTS §X) said so beside the action too, not only on the date line. */}
                      {!s.deadline.certain && <> {t('plan.uncertain')}</>}
                      {/* A date passed is not always too late: the step says what can still be done (its `late` text). */}
                      {s.deadline.status === 'passed' && !s.deadline.maybeExtendedTo && <> {t('firstScreen.passedWhat')}</>}
                    </span>
                  )}
                  {s.contacts.length > 0 && (
                    <span class="first-who">
                      <br />
                      {t('plan.who')}: {contactsText(s.contacts.map((c) => t.raw(`ui:contact.${c}`)), t.lang)}
                    </span>
                  )}
                  <br />
                  <button type="button" class="link-button no-print" onClick={() => goToStep(s.id)}>
                    {t('planFirst.toStep')}
                    <span class="visually-hidden">: {title(s)}</span>
                  </button>
                </li>
              ))}
            </ol>
          </Fragment>
        );
    }
  };
  return (
    <section class="first-things" aria-labelledby="first-things-title">
      <h2 id="first-things-title">{t('planFirst.title')}</h2>
      {parts.map(view)}
      <div class="first-help">
        <h3 class="h4">{t('planFirst.help')}</h3>
        {contact ? (
          <ContactCard card={contact} inline />
        ) : (
          <p>
            {t('planFirst.helpNoCard')} {t(findSwvKey(plan))}
          </p>
        )}
      </div>
    </section>
  );
}

/** Without a stored contact card: where to find help, on screen and on paper (addresses as plain text). */
function findHelp(t: T, plan?: Pick<Plan, 'noSchool' | 'admitted'>, inline?: boolean) {
  // The steunpunt step's own text already says how to find the samenwerkingsverband.
  const body = (
    <>
      {!inline && <p>{t(findSwvKey(plan ?? {}))}</p>}
      <p>{t('planFirst.national')}</p>
      <ul class="sites">
        <li>{t('planFirst.siteOuders')}</li>
        <li>{t('planFirst.siteConsulenten')}</li>
        <li>{t('planFirst.siteGeschillen')}</li>
      </ul>
    </>
  );
  if (inline) return <div class="find-help">{body}</div>;
  return (
    <section class="help-card find-help" aria-labelledby="find-help-title">
      <h2 id="find-help-title" class="h3">
        {t('contactCard.title')}
      </h2>
      <p>{t('planFirst.helpNoCard')}</p>
      {body}
    </section>
  );
}

/** Folded warnings open for print, so the paper carries their full text. */
export function useOpenDetailsForPrint(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('.page-plan details.alert:not([open])')];
      opened.forEach((d) => (d.open = true));
    };
    const after = () => (opened.forEach((d) => (d.open = false)), (opened = []));
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => (window.removeEventListener('beforeprint', before), window.removeEventListener('afterprint', after));
  }, []);
}
