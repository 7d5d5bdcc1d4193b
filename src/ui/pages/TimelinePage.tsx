import '../timeline.css';
import { useTimelineCodeSoon } from '../components/TimelineGate';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useT, type T } from '../../app/i18n';
import { deviceStore, send, startOrResume, type AppState } from '../../app/controller';
import { isComplete } from '../../flow/route';
import { commitTimeline, timelineIsNewer, timelineOf } from '../components/timelineDoor';
import { unreadCount } from '../../app/timeline-store';
import { formatDate, formatDateShort, isIsoDate, parseTypedDate, todayInNL, typedDate } from '../../rules/dates';
import { formatDateInText } from '../../rules/dateInText';
import { EFFECTS, HOWS, LEGAL_KINDS, PARTIES, PLAIN_KINDS, type EventKind, type How, type ObjectionTarget, type Party } from '../../timeline/effects';
import { addEvent, deleteEvent, isLegal, lateFlags, newEventId, openObjectionTargets, reapplyEvent, spokenReceipt, timelineItems, toldOnlyOrally, updateEvent, TLV_UNTIL_WORDS, type LateFlag, type TimelineEvent, type TimelineItem, type TlvUntil, type TlvUntilWord } from '../../timeline/model';
import { overviewLines } from '../../timeline/overview';
import { download, textBlob } from '../../app/export/download';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { Checkbox } from '../components/Checkbox';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { TextField } from '../components/TextField';
import { toc } from '../lazy';
import { BackupSection } from '../components/BackupSection';
import { LateFlagText } from '../components/TimelineOnPlan';
import { askPersistence } from '../components/persist';
import { listText } from '../listText';

/** "Mijn tijdlijn": what happened, by date; add, change, delete; "te laat?"; the overview; a copy. */
export function TimelinePage({ app }: { app: AppState }) {
  const t = useT();
  useTimelineCodeSoon();
  const today = todayInNL();
  const tl = timelineOf(app);
  // Session 54: stored entries this version does not show (another version's kind, a broken date): kept, and counted here.
  const unread = timelineIsNewer(app.timeline) ? 0 : unreadCount(app.timeline);
  const items = timelineItems(app.answers, tl.events, tl.base);
  const flags = lateFlags(app.answers, tl.events, today, tl.base);
  // Session 64: the decisions a bezwaar can be against; with two or more the form asks which one.
  const decisions = openObjectionTargets(app.answers);
  const [editing, setEditing] = useState<string | undefined>(); // event id, or 'new'
  const [status, setStatus] = useState('');
  const [names, setNames] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (tl.events.length) askPersistence(deviceStore());
  }, [tl.events.length]);
  useEffect(() => {
    // Back from "Zet een kopie terug" (the page reloads so every part reads its data fresh).
    if (sessionStorage.getItem('wegwijzer.restored')) {
      sessionStorage.removeItem('wegwijzer.restored');
      setStatus(t('backup.done'));
    }
  }, []);

  const save = (ev: TimelineEvent, isNew: boolean) => {
    const change = isNew ? addEvent(app.answers, tl, ev) : updateEvent(app.answers, tl, ev);
    commitTimeline(change);
    setEditing(undefined);
    setStatus(t(isLegal(ev.kind) ? 'timeline.saved' : 'timeline.savedPlain'));
    // Focus the saved item so keyboard and screen reader users land where they were.
    setTimeout(() => document.getElementById(`item-${ev.id}`)?.focus(), 0);
  };
  const remove = (id: string) => {
    commitTimeline(deleteEvent(app.answers, tl, id));
    setStatus(t('timeline.deleted'));
    setTimeout(() => statusRef.current?.focus(), 0);
  };

  return (
    <div class="page-timeline">
      <Heading title={t('timeline.title')} />
      <p class="lead">{t('timeline.lead')}</p>
      <p class="no-print">{t('timeline.clock')}</p>
      {timelineIsNewer(app.timeline) && <p class="note">{t('timelineNav.newer')}</p>}
      {unread > 0 && <p class="note">{t('timelineNav.unread', { what: t('backup.events', { count: unread }) })}</p>}
      <p role="status" class="timeline-status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      <LateFlags flags={flags} t={t} />
      <div class="no-print">
        {editing === 'new' ? (
          <EventForm t={t} today={today} decisions={decisions} onSave={(ev) => save(ev, true)} onCancel={() => setEditing(undefined)} />
        ) : (
          <button type="button" class="button" onClick={() => setEditing('new')}>
            {t('timeline.add')}
          </button>
        )}
      </div>
      {items.length === 0 ? (
        <p>{t('timeline.empty')}</p>
      ) : (
        <>
          <p class="muted">{t('timeline.count', { count: items.length })}</p>
          <ol class="timeline-list">
            {items.map((it) =>
              editing === it.id ? (
                <li key={it.id} class="timeline-item editing">
                  <EventForm t={t} today={today} decisions={decisions} event={tl.events.find((e) => e.id === it.id)} onSave={(ev) => save(ev, false)} onCancel={() => setEditing(undefined)} />
                </li>
              ) : (
                <ItemView key={it.id} it={it} t={t} onEdit={() => setEditing(it.id)} onDelete={() => remove(it.id)} onReapply={() => commitTimeline(reapplyEvent(app.answers, tl, it.id))} />
              ),
            )}
          </ol>
        </>
      )}
      {isComplete(app.answers) ? (
        <p class="no-print">
          <a
            href="#/plan"
            onClick={(e) => {
              e.preventDefault();
              send({ type: 'SHOW', to: 'plan' });
              location.hash = '#/plan';
            }}
          >
            {t('timeline.toPlan')}
          </a>
        </p>
      ) : (
        // An event can add a situation (a TLV, a child at home): the plan then needs a few more answers.
        <div class="note no-print">
          <p>{t('timeline.needsAnswers')}</p>
          <button type="button" class="button secondary" onClick={() => startOrResume()}>
            {t('timeline.answerOpen')}
          </button>
        </div>
      )}
      <OverviewSection items={items} flags={flags} t={t} names={names} setNames={setNames} app={app} />
      <BackupSection />
    </div>
  );
}

const kindLabel = (t: T, k: EventKind) => t.raw(`ui:timeline.kinds.${k}`);
const partyLabel = (t: T, p: Party) => t.raw(`ui:timeline.partiesList.${p}`);
const howLabel = (t: T, h: How) => t.raw(`ui:timeline.hows.${h}`);
const letterTitle = (t: T, id: string) => toc(t.lang).letterTitles[id] ?? id;
/**
 * Session 55: what an item did to the plan, in words, for the item and the overview: "Kind gaat weer naar school" (atSchool
 * in src/timeline/earlier.ts; its kind is written out here so this chunk does not pull that module in).
 */
const effectText = (t: T, it: TimelineItem): string | undefined => (it.kind === 'weer-naar-school' ? t('timeline.backAtSchool') : undefined);

/** Session 64: which decision a logged bezwaar is against, when the parent said so (TimelineEvent.against). */
const againstText = (t: T, it: TimelineItem): string | undefined => (it.against ? t('tl64.against.shown', { what: t(`tl64.against.${it.against}`) }) : undefined);

/** Session 82: until when a logged TLV grant holds, when the parent said so (TimelineEvent.until). */
const untilText = (t: T, it: TimelineItem): string | undefined =>
  it.until === undefined ? undefined : isIsoDate(it.until) ? t('tlv82.shown', { date: formatDateInText(it.until, t.lang) }) : t(`tlv82.shownWord.${it.until as TlvUntilWord}`);

function LateFlags({ flags, t }: { flags: LateFlag[]; t: T }) {
  if (!flags.length) return null;
  return (
    <section class="alert late-flags" aria-labelledby="late-title">
      <h2 id="late-title">{t('timeline.late')}</h2>
      <p>{t('timeline.lateLead')}</p>
      <ul>
        {flags.map((f) => (
          <li key={f.id} class="late-flag">
            <LateFlagText flag={f} />
          </li>
        ))}
      </ul>
      <p class="no-print">{t('timeline.lateDone')}</p>
    </section>
  );
}

function ItemView({ it, t, onEdit, onDelete, onReapply }: { it: TimelineItem; t: T; onEdit: () => void; onDelete: () => void; onReapply: () => void }) {
  const [confirm, setConfirm] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirm) confirmRef.current?.focus();
  }, [confirm]);
  const what = kindLabel(t, it.kind);
  const date = formatDateShort(it.date, t.lang);
  return (
    <li class={`timeline-item${isLegal(it.kind) ? ' legal' : ''}`} id={`item-${it.id}`} tabIndex={-1}>
      <p class="timeline-date">{formatDate(it.date, t.lang)}</p>
      <h3 class="timeline-what">{what}</h3>
      {it.from === 'answer' && <p class="muted">{t('timeline.fromAnswers')}</p>}
      {/* Session 44: a date from the questions that a later event in the timeline wrote over: part of the story, not counted. */}
      {it.from === 'earlier-answer' && <p class="muted">{t('timeline.fromEarlierAnswers')}</p>}
      {(it.parties.length > 0 || it.how) && (
        <p class="timeline-meta">
          {[listText(it.parties.map((p) => partyLabel(t, p)), t.lang), it.how ? howLabel(t, it.how) : ''].filter(Boolean).join(' · ')}
        </p>
      )}
      {it.letter && <p>{t('timeline.letter', { title: letterTitle(t, it.letter) })}</p>}
      {it.against && <p>{againstText(t, it)}</p>}
      {it.until && <p>{untilText(t, it)}</p>}
      {it.note && <p class="timeline-note">{it.note}</p>}
      {effectText(t, it) && <p class="muted">{effectText(t, it)}</p>}
      {!it.inEffect && it.from === 'timeline' && (
        <div class="note no-print">
          <p>{t('timeline.notInAnswers')}</p>
          <button type="button" class="button secondary" onClick={onReapply}>
            {t('timeline.useAgain')}
          </button>
        </div>
      )}
      <div class="timeline-actions no-print">
        {it.from === 'earlier-answer' ? null : it.from === 'answer' ? (
          <a
            href={`#/vraag/${it.question}`}
            onClick={(e) => {
              e.preventDefault();
              send({ type: 'EDIT', question: it.question! });
              location.hash = `#/vraag/${it.question}`;
            }}
          >
            {t('timeline.changeAnswer')}
          </a>
        ) : confirm ? (
          <>
            <p>{t('timeline.deleteConfirm')}</p>
            <button type="button" class="button warning" ref={confirmRef} onClick={onDelete}>
              {t('timeline.deleteYes')}
            </button>
            <button type="button" class="button secondary" onClick={() => setConfirm(false)}>
              {t('timeline.cancel')}
            </button>
          </>
        ) : (
          <>
            <button type="button" class="button secondary" aria-label={t('timeline.editLabel', { what, date })} onClick={onEdit}>
              {t('timeline.edit')}
            </button>
            <button type="button" class="button secondary" aria-label={t('timeline.deleteLabel', { what, date })} onClick={() => setConfirm(true)}>
              {t('timeline.delete')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}

/** Add or change one event: date, kind, parties, how, note. Errors like the question pages. */
/**
 * Session 46 (s039-brief-later-binnen-ook-in-tijdlijn): a decision's letter is dated; its terms count from that date, as the
 * questions ask it (questions.yaml verwijdering-datum, weigering-datum, ...). Logged on the day it arrived, a removal
 * answered with the letter's date became a second decision (its bezwaar 10 days later). The form now says which day.
 */
const DATED_LETTERS: readonly EventKind[] = ['besluit-geweigerd', 'besluit-toegelaten', 'verwijdering-besluit', 'tlv-toegekend', 'tlv-afgewezen'];

function EventForm({ t, today, event, decisions, onSave, onCancel }: { t: T; today: string; event?: TimelineEvent; decisions: readonly ObjectionTarget[]; onSave: (e: TimelineEvent) => void; onCancel: () => void }) {
  const [typed, setTyped] = useState(typedDate(event?.date ?? today));
  const [kind, setKind] = useState<EventKind | ''>(event?.kind ?? '');
  const [parties, setParties] = useState<Party[]>(event?.parties ?? []);
  const [how, setHow] = useState<How | ''>(event?.how ?? '');
  const [note, setNote] = useState(event?.note ?? '');
  const [against, setAgainst] = useState<ObjectionTarget | ''>(event?.against ?? '');
  // Session 64 (lawyer-s64-timeline D2): which decision a bezwaar is against, asked while two or more are open (or kept when
  // the event already says it). Not chosen ("Weet ik niet"): placed as before, so both terms stay in the plan.
  const againstChoices = [...decisions, ...(event?.against && !decisions.includes(event.against) ? [event.against] : [])];
  const askAgainst = kind === 'bezwaar-ingediend' && (decisions.length >= 2 || event?.against !== undefined);
  // Session 82 (tlv82): until when a granted TLV holds (TimelineEvent.until): a day, the whole school career, or not known.
  // Optional: nothing chosen stores nothing, as before.
  const [untilMode, setUntilMode] = useState<'datum' | TlvUntilWord | ''>(event?.until === undefined ? '' : isIsoDate(event.until) ? 'datum' : (event.until as TlvUntilWord));
  const [untilTyped, setUntilTyped] = useState(event?.until !== undefined && isIsoDate(event.until) ? typedDate(event.until) : '');
  const untilParsed = parseTypedDate(untilTyped);
  const askUntil = kind === 'tlv-toegekend';
  const [errors, setErrors] = useState<FieldError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const parsed = parseTypedDate(typed);
  // An event logged from a letter the parent sent is that letter, on paper (session 34: toldOnlyOrally with `letter`).
  const oral = kind !== '' && how !== '' && event?.letter === undefined && toldOnlyOrally({ kind, how });
  // Session 35: a receipt told by phone or in a talk keeps its clock; the hint says when it counts (EFFECTS spokenKeeps).
  const spokenReceiptHow = kind !== '' && how !== '' && event?.letter === undefined && spokenReceipt({ kind, how });
  useEffect(() => heading.current?.focus(), []);

  const chooseKind = (k: EventKind | '') => {
    setKind(k);
    // Who is usually involved, pre-ticked when nothing was ticked yet.
    if (k && isLegal(k) && !parties.length) setParties([...EFFECTS[k].parties]);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const errs: FieldError[] = [];
    if (!parsed) errs.push({ field: 'ev-date', text: t('timeline.errorDate') });
    else if (parsed > today) errs.push({ field: 'ev-date', text: t('timeline.errorFuture') });
    if (!kind) errs.push({ field: 'ev-kind', text: t('timeline.errorKind') });
    // Session 82: the TLV's end date, when "tot een datum" is chosen: a real day after the decision's day.
    if (askUntil && untilMode === 'datum') {
      if (!untilParsed) errs.push({ field: 'ev-until-date', text: t('timeline.errorDate') });
      else if (parsed && untilParsed <= parsed) errs.push({ field: 'ev-until-date', text: t('tlv82.form.errorBefore') });
    }
    setErrors(errs);
    if (errs.length || !parsed || !kind) return;
    const until: TlvUntil | undefined = !askUntil || untilMode === '' ? undefined : untilMode === 'datum' ? untilParsed : untilMode;
    onSave({ id: event?.id ?? newEventId(), date: parsed, kind, parties, ...(how ? { how } : {}), note: note.trim(), ...(event?.letter ? { letter: event.letter } : {}), ...(askAgainst && against ? { against } : {}), ...(event?.meeting && kind === 'gesprek' ? { meeting: event.meeting } : {}), ...(until ? { until } : {}) });
  };
  const err = (f: string) => errors.find((x) => x.field === f);
  return (
    <form class="event-form" onSubmit={submit} novalidate>
      <h2 tabIndex={-1} ref={heading}>
        {event ? t('timeline.editTitle') : t('timeline.add')}
      </h2>
      <ErrorSummary titleId="ev-error-title" title={t('timeline.error')} errors={errors} />
      <TextField t={t} id="ev-date" label={t('timeline.date')} hint={DATED_LETTERS.includes(kind as EventKind) ? `${t('s46.dateOnLetter')} ${t('timeline.dateHint')}` : t('timeline.dateHint')} error={err('ev-date')?.text} value={typed} onInput={setTyped} date="live" input={{ spellcheck: false }} />
      <div class={`form-group${err('ev-kind') ? ' has-error' : ''}`}>
        <label class="label" for="ev-kind">
          {t('timeline.kind')}
        </label>
        {err('ev-kind') && (
          <p class="error-message" id="ev-kind-error">
            {err('ev-kind')!.text}
          </p>
        )}
        <select id="ev-kind" class="input" value={kind} aria-describedby={err('ev-kind') ? 'ev-kind-error' : undefined} aria-invalid={err('ev-kind') ? true : undefined} onChange={(e) => chooseKind((e.target as HTMLSelectElement).value as EventKind | '')}>
          <option value="" />
          <optgroup label={t('timeline.kindPlain')}>
            {PLAIN_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(t, k)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('timeline.kindLegal')}>
            {LEGAL_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(t, k)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <fieldset class="form-group">
        <legend class="label">{t('timeline.parties')}</legend>
        <div class="options options-compact">
          {PARTIES.map((p) => (
            <Checkbox key={p} id={`ev-party-${p}`} label={partyLabel(t, p)} checked={parties.includes(p)} onChange={(on) => setParties(on ? [...parties, p] : parties.filter((x) => x !== p))} />
          ))}
        </div>
      </fieldset>
      <div class="form-group">
        <label class="label" for="ev-how">
          {t('timeline.how')}
        </label>
        <select id="ev-how" class="input" value={how} aria-describedby={oral || spokenReceiptHow ? 'ev-how-oral' : undefined} onChange={(e) => setHow((e.target as HTMLSelectElement).value as How | '')}>
          <option value="">{t('timeline.howNone')}</option>
          {HOWS.map((h) => (
            <option key={h} value={h}>
              {howLabel(t, h)}
            </option>
          ))}
        </select>
        {/* A refusal or removal decision by phone starts no clock (EFFECTS oral, session 25): say so where it is chosen. Session 26:
            and what to pick when the letter came too (a wrong "Telefoon" took the 6 weeks for bezwaar out of the plan). */}
        {oral && (
          <p class="hint" id="ev-how-oral">
            {/* Session 34: a bezwaar by phone or in a talk does not count; for a GPO request, ask the commission (EFFECTS oralHows). */}
            {/* Session 35: a registration by phone or in a talk is no registration in writing. */}
            {kind === 'bezwaar-ingediend' ? t('open34.oralObjection') : kind === 'gpo-ingediend' ? t('open34.oralGpo') : kind === 'aanmelding-verstuurd' ? t('reg35.oralRegistration') : <>{t('months.oralDecision')} {t('open26.oralDecisionPaper')}</>}
          </p>
        )}
        {spokenReceiptHow && (
          <p class="hint" id="ev-how-oral">
            {t('reg35.oralReceipt')}
          </p>
        )}
      </div>
      {askAgainst && (
        <RadioGroup name="ev-against" legend={t('tl64.against.legend')} hint={t('tl64.against.hint')} choices={[...againstChoices, '' as const]} keyOf={(d) => d || 'unknown'} label={(d) => t(`tl64.against.${d || 'unknown'}`)} value={against} onChange={setAgainst} />
      )}
      {askUntil && (
        <RadioGroup name="ev-until" legend={t('tlv82.form.legend')} hint={t('tlv82.form.hint')} choices={['datum', ...TLV_UNTIL_WORDS] as const} label={(m) => t(`tlv82.form.${m}`)} value={untilMode} onChange={setUntilMode}>
          {untilMode === 'datum' && (
            <TextField t={t} id="ev-until-date" label={t('tlv82.form.date')} hint={t('timeline.dateHint')} error={err('ev-until-date')?.text} value={untilTyped} onInput={setUntilTyped} date="live" input={{ spellcheck: false }} />
          )}
          {untilMode !== '' && (
            <button type="button" class="button secondary" onClick={() => setUntilMode('')}>
              {t('tlv82.form.clear')}
            </button>
          )}
        </RadioGroup>
      )}
      <div class="form-group">
        <label class="label" for="ev-note">
          {t('timeline.note')}
        </label>
        <p class="hint" id="ev-note-hint">
          {t('timeline.noteHint')}
        </p>
        <textarea id="ev-note" class="input" rows={3} maxLength={2000} aria-describedby="ev-note-hint" value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </div>
      <div class="button-row">
        <button type="submit" class="button">
          {t('timeline.save')}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {t('timeline.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * Session 83: one choice of the event form (which decision a bezwaar is against, until when a TLV holds): a fieldset with its
 * legend and hint, one radio per choice (ids `<name>-<key>`), then `children` (the TLV's date field).
 */
function RadioGroup<V extends string>({ name, legend, hint, choices, keyOf = (v) => v, label, value, onChange, children }: { name: string; legend: string; hint: string; choices: readonly V[]; keyOf?: (v: V) => string; label: (v: V) => string; value: V | ''; onChange: (v: V) => void; children?: ComponentChildren }) {
  return (
    <fieldset class="form-group" aria-describedby={`${name}-hint`}>
      <legend class="label">{legend}</legend>
      <p class="hint" id={`${name}-hint`}>
        {hint}
      </p>
      <div class="options options-compact">
        {choices.map((c) => (
          <div class="option" key={keyOf(c)}>
            <input id={`${name}-${keyOf(c)}`} type="radio" name={name} value={c} checked={value === c} onChange={() => onChange(c)} />
            <label for={`${name}-${keyOf(c)}`}>{label(c)}</label>
          </div>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

/** The overview: printed (this page's print CSS) or downloaded as .docx and .txt. */
function OverviewSection({ items, flags, t, names, setNames, app }: { items: TimelineItem[]; flags: LateFlag[]; t: T; names: boolean; setNames: (v: boolean) => void; app: AppState }) {
  const [status, setStatus] = useState('');
  const f = app.letterFields;
  const nameLines = names
    ? [f['kind_naam'] && t('timeline.export.child', { name: f['kind_naam'] }), f['school_naam'] && t('timeline.export.school', { name: f['school_naam'] }), f['ouder_naam'] && t('timeline.export.parent', { name: f['ouder_naam'] })].filter((x): x is string => !!x)
    : [];
  const text = () =>
    overviewLines(items, flags, {
      heading: t('timeline.export.heading'),
      made: t('timeline.export.made', { date: formatDateShort(todayInNL(), t.lang) }),
      names: nameLines,
      date: (d) => formatDateShort(d, t.lang),
      kind: (it) => kindLabel(t, it.kind),
      who: (it) => (it.parties.length ? t('timeline.export.who', { who: listText(it.parties.map((p) => partyLabel(t, p)), t.lang) }) : undefined),
      how: (it) => (it.how ? t('timeline.export.via', { how: howLabel(t, it.how) }) : undefined),
      letter: (it) => (it.letter ? t('timeline.export.letter', { title: letterTitle(t, it.letter) }) : undefined),
      // Session 64: a bezwaar's decision, as the parent said it (TimelineEvent.against), also on the overview.
      // Session 82: a TLV grant's end, as the parent said it (TimelineEvent.until).
      effect: (it) => effectText(t, it) ?? againstText(t, it) ?? untilText(t, it),
      fromAnswers: t('timeline.export.fromAnswers'),
      lateTitle: t('timeline.export.lateTitle'),
      lateNone: t('timeline.export.lateNone'),
      late: (fl) => t('timeline.export.lateLine', { what: t.raw(`ui:timeline.lateKind.${fl.id}`), start: formatDateShort(fl.start, t.lang), due: formatDateShort(fl.due, t.lang) }),
    }).join('\n');
  const name = (ext: string) => `${t('timeline.export.fileName')}-${todayInNL()}.${ext}`;
  const txt = () => {
    download(textBlob(text()), name('txt'));
    setStatus(t('timeline.export.downloaded', { file: name('txt') }));
  };
  const docx = () =>
    import('../../app/export/docx').then(
      (m) => {
        download(m.docxBlob(text()), name('docx'));
        setStatus(t('timeline.export.downloaded', { file: name('docx') }));
      },
      () => setStatus(t('timeline.export.docxFailed')),
    );
  return (
    <section class="timeline-export" aria-labelledby="export-title">
      <h2 id="export-title" class="no-print">
        {t('timeline.export.title')}
      </h2>
      <p class="no-print">{t('timeline.export.lead')}</p>
      <div class="no-print">
        <Checkbox id="export-names" label={t('timeline.export.names')} hint={t('timeline.export.namesHint')} checked={names} onChange={setNames} />
      </div>
      {nameLines.length > 0 && (
        <ul class="print-only print-names">
          {nameLines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
      <p class="print-only">{t('timeline.export.made', { date: formatDateShort(todayInNL(), t.lang) })}</p>
      <div class="button-row no-print">
        <button type="button" class="button secondary" onClick={() => window.print()}>
          {t('timeline.export.print')}
        </button>
        <button type="button" class="button secondary" onClick={docx}>
          {t('timeline.export.docx')}
        </button>
        <button type="button" class="button secondary" onClick={txt}>
          {t('timeline.export.txt')}
        </button>
      </div>
      <p role="status" class="no-print">
        {status}
      </p>
    </section>
  );
}
