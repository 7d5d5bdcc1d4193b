import '../meeting.css';
import { useTimelineCodeSoon } from '../components/TimelineGate';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n, useT, type Lang, type T } from '../../app/i18n';
import { deviceStore, type AppState } from '../../app/controller';
import { loadJson, saveJson } from '../../app/storage';
import { asList } from '../../flow/answers';
import { formatDate, formatDateShort, isIsoDate, parseTypedDate, todayInNL, typedDate, type IsoDate } from '../../rules/dates';
import { formatDateInText } from '../../rules/dateInText';
import { buildCard, type Card, type CardDocument } from '../../meeting/card';
import { MEETING_PARTIES, meetingSteps, meetingWith, type RecordedMeeting } from '../../meeting/plan';
import { meetingSummary, type MeetingSummary } from '../../meeting/summary';
import { contactsText } from '../listText';
import { MAX_AGREEMENTS, effectiveOutcome, OUTCOMES, type Agreement, type MeetingRecord, type Outcome } from '../../meeting/record';
import { EMPTY_PREFS, MAX_GOALS, MAX_OWN, MEETING_KEY, prefsIsNewer, sanitizePrefs, storedPrefs, type CardPrefs } from '../../meeting/prefs';
import { addEvent, newEventId, questionnaireAnswers, updateEvent, type TimelineEvent } from '../../timeline/model';
import type { Party } from '../../timeline/effects';
import { commitTimeline, storedOf, timelineOf } from '../components/timelineDoor';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { ContactCard } from '../components/ContactCard';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { TextField } from '../components/TextField';
import { Checkbox } from '../components/Checkbox';
import { loadContent, peekContent, toc } from '../lazy';

/**
 * The card's contents, from the answers and the timeline as the plan reads them (storedOf: an older version's data brought
 * up to date at once, session 43; before, the card read the stored answers until the idle upgrade had written them).
 */
export function cardOf(app: Pick<AppState, 'answers' | 'timeline'>, today: IsoDate): Card {
  const { answers, data } = storedOf(app);
  const questionnaire = questionnaireAnswers(answers, data);
  return buildCard(answers, data.events, today, meetingSteps(data.events, today, questionnaire), questionnaire);
}

/**
 * "Gesprek voorbereiden" (issue 18): the gesprekskaart before a meeting at school, and "Wat is er
 * afgesproken?" after it. The card's contents come from the rules (src/meeting/card.ts); only what the
 * parent chose is stored (src/meeting/prefs.ts, "wegwijzer.meeting"); the agreements go into the
 * timeline as a "gesprek" event (src/meeting/record.ts), from where the plan, the calendar file and the
 * letter read them.
 */
/** What the card in Dutch reads: its own texts, the plan's (its dates and steps) and the section titles. */
const DUTCH_CARD_FILES = ['pagetexts', 'meetingtexts', 'steps', 'toc'] as const;

export function MeetingPage({ app, after }: { app: AppState; after: boolean }) {
  const t = useT();
  useTimelineCodeSoon();
  const today = todayInNL();
  const tl = timelineOf(app);
  const [prefs, setPrefsState] = useState<CardPrefs>(() => loadJson(deviceStore(), MEETING_KEY, sanitizePrefs) ?? EMPTY_PREFS);
  const [cardLang, setCardLang] = useState<Lang>(t.lang);
  // Until "Toon de kaart in het Nederlands" the card is in the interface language; only then do the Dutch files matter.
  const [nlReady, setNlReady] = useState(t.lang === 'nl');
  const [status, setStatus] = useState('');
  const [recording, setRecording] = useState<false | 'new' | 'edit'>(after ? 'new' : false);
  // Session 59: the meeting saved or changed while the page is open: the summary and "Wijzig" stay with it (meeting/summary.ts).
  const [savedId, setSavedId] = useState<string>();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const steps = useStepTexts(t.lang);

  const [newer] = useState(() => loadJson(deviceStore(), MEETING_KEY, (v) => (prefsIsNewer(v) ? true : undefined)) === true);
  const setPrefs = (p: CardPrefs) => {
    setPrefsState(p);
    if (!newer) saveJson(deviceStore(), MEETING_KEY, storedPrefs(p));
  };

  // The card in Dutch, on demand: the Dutch texts load once (they are precached, so this works offline).
  const showDutch = () => {
    Promise.all(DUTCH_CARD_FILES.map((kind) => loadContent(kind, 'nl'))).then(
      () => {
        setNlReady(true);
        setCardLang('nl');
      },
      () => setStatus(t('app.loadFailed')),
    );
  };
  const lang: Lang = cardLang === 'nl' && nlReady ? 'nl' : t.lang;
  const tc = fixedT(lang);

  if (!asList(app.answers['situatie']).some((s) => s !== 'lezen')) {
    return (
      <div class="page-meeting">
        <Heading title={t('meeting.title')} />
        <p>{t('meeting.noSituation')}</p>
        <p>
          <Link to={{ page: 'start' }} class="button">
            {t('meeting.toQuestions')}
          </Link>
        </p>
      </div>
    );
  }
  if (!steps) return <p>{t('app.loading')}</p>;

  const card = cardOf(app, today);
  // Session 59: the summary and "Wijzig" are about the latest meeting of anyone (or the one just saved); the card and the letter
  // "Bevestiging van afspraken" stay with the latest meeting at school (session 57; meeting/summary.ts).
  const summary = meetingSummary(tl.events, savedId);
  const last = summary?.meeting;

  return (
    <div class="page-meeting">
      <Heading title={t('meeting.title')} />
      <p class="lead no-print">{t('meeting.lead')}</p>
      <div class="button-row no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('meeting.print')}
        </button>
        {t.lang !== 'nl' &&
          (lang === 'nl' ? (
            <button type="button" class="button secondary" onClick={() => setCardLang(t.lang)}>
              {t('meeting.ownLang')}
            </button>
          ) : (
            <button type="button" class="button secondary" onClick={showDutch}>
              {t('meeting.dutch')}
            </button>
          ))}
      </div>
      <p role="status" class="meeting-status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      <CardView card={card} prefs={prefs} setPrefs={setPrefs} t={t} tc={tc} app={app} setStatus={setStatus} />
      <section class="meeting-after no-print" aria-labelledby="meeting-after-title">
        <h2 id="meeting-after-title">{t('meeting.after')}</h2>
        <p>{t('meeting.afterLead')}</p>
        {summary && !recording && <RecordSummary summary={summary} t={t} />}
        {recording ? (
          <AgreementsForm
            t={t}
            today={today}
            answers={app.answers}
            existing={recording === 'edit' ? last : undefined}
            onCancel={() => setRecording(false)}
            onSave={(ev, isNew) => {
              const change = isNew ? addEvent(app.answers, tl, ev) : updateEvent(app.answers, tl, ev);
              commitTimeline(change);
              setSavedId(ev.id);
              setRecording(false);
              // Session 58: a meeting with neither the school nor the samenwerkingsverband gives the step that puts in writing
              // what was said (meeting/plan.ts decisionSteps), not one asking for a decision on paper.
              const w = meetingWith(ev);
              const later = w.school || w.swv ? 'meeting.laterStep' : 'meeting.laterStepOther';
              setStatus(effectiveOutcome(ev.meeting!) === 'afspraken' ? t('meeting.savedRecord') : `${t('meeting.savedRecord')} ${t(later)}`);
              setTimeout(() => statusRef.current?.focus(), 0);
            }}
          />
        ) : (
          <div class="button-row">
            <button type="button" class="button" onClick={() => setRecording('new')}>
              {t('meetingPlan.record')}
            </button>
            {last && (
              <button type="button" class="button secondary" onClick={() => setRecording('edit')}>
                {t('meeting.changeRecord')}
              </button>
            )}
          </div>
        )}
      </section>
    </div>
  );
}

/** A date in a step title's values as the parent reads dates (session 26: "weigering van {{besluit}}" showed 2026-06-01). */
export const cardParams = (params: Readonly<Record<string, string>>, lang: string): Record<string, string> =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, isIsoDate(v) ? formatDateInText(v, lang) : v]));

/** The step texts (for the dates on the card) load with the plan; here too. */
function useStepTexts(lang: Lang): boolean {
  const [ready, setReady] = useState(!!peekContent('steps', lang));
  useEffect(() => {
    if (ready) return;
    loadContent('steps', lang).then(() => setReady(true), () => setReady(true));
  }, [lang]);
  return ready;
}

/** A translator fixed to one language (the card in Dutch while the interface is in another language). */
function fixedT(lang: Lang): T {
  const f = i18n.getFixedT(lang);
  const t = ((key: string, o?: object) => f(key, o as never) as unknown as string) as T;
  t.raw = (key, o) => f(key, o as never) as unknown as string;
  t.exists = (key) => i18n.exists(key, { lng: lang });
  t.lang = lang;
  return t;
}

function CardView({ card, prefs, setPrefs, t, tc, app, setStatus }: { card: Card; prefs: CardPrefs; setPrefs: (p: CardPrefs) => void; t: T; tc: T; app: AppState; setStatus: (s: string) => void }) {
  const [own, setOwn] = useState('');
  const [ownError, setOwnError] = useState(false);
  const questions = card.questions.filter((q) => !prefs.removed.includes(q.id));
  const removedCount = card.questions.length - questions.length;
  const goals = Array.from({ length: MAX_GOALS }, (_, i) => prefs.goals[i] ?? '');
  const setGoal = (i: number, v: string) => {
    const next = [...goals];
    next[i] = v.slice(0, 300);
    // Keep the order of the boxes; drop trailing empties only.
    while (next.length && !next[next.length - 1]) next.pop();
    setPrefs({ ...prefs, goals: next });
  };
  const useSuggestion = (text: string) => {
    const free = goals.findIndex((g) => !g.trim());
    if (free >= 0) setGoal(free, text);
  };
  const addOwn = (e: Event) => {
    e.preventDefault();
    if (!own.trim()) {
      setOwnError(true);
      document.getElementById('own-question')?.focus();
      return;
    }
    setOwnError(false);
    setPrefs({ ...prefs, own: [...prefs.own, own.trim()].slice(0, MAX_OWN) });
    setOwn('');
  };
  const qText = (id: string) => tc.raw(`ui:meeting.q.${id}.text`);
  const dutch = tc.lang !== t.lang;

  return (
    <article class="meeting-card" lang={tc.lang} aria-labelledby="card-title">
      <header class="card-head">
        <h2 id="card-title">{tc('meeting.cardTitle')}</h2>
        {card.meetingDate ? (
          <p class="card-date">{tc('meeting.dateLine', { date: formatDate(card.meetingDate, tc.lang) })}</p>
        ) : card.pastMeetingDate ? (
          <p class="hint no-print">{t('meeting.pastDate', { date: formatDateInText(card.pastMeetingDate, t.lang) })}</p>
        ) : (
          <p class="hint no-print">{t('meeting.noDate')}</p>
        )}
        {dutch && <p class="hint">{tc('meeting.dutchNote')}</p>}
      </header>

      <section class="card-part" aria-labelledby="card-goals">
        <h3 id="card-goals">{tc('meeting.goals')}</h3>
        <p class="hint no-print">{t('meeting.goalsHint')}</p>
        <div class="no-print">
          {goals.map((g, i) => (
            <div class="form-group goal-row" key={i}>
              <label class="label" for={`goal-${i}`}>
                {t('meeting.goalLabel', { n: i + 1 })}
              </label>
              <input id={`goal-${i}`} class="input" type="text" maxLength={300} value={g} onInput={(e) => setGoal(i, (e.target as HTMLInputElement).value)} />
            </div>
          ))}
          {goals.some((g) => !g.trim()) && (
            <div class="suggestions">
              <p>{t('meeting.suggestions')}</p>
              <ul class="chips">
                {card.goals
                  .map((id) => tc.raw(`ui:meeting.goal.${id}`))
                  .filter((text) => !goals.includes(text))
                  .map((text) => (
                    <li key={text}>
                      <button type="button" class="chip" onClick={() => useSuggestion(text)}>
                        {text}
                      </button>
                    </li>
                  ))}
              </ul>
            </div>
          )}
        </div>
        <ol class="print-only goals-print">
          {goals.map((g, i) => (
            <li key={i}>{g.trim() || '…………………………………………'}</li>
          ))}
        </ol>
      </section>

      <section class="card-part" aria-labelledby="card-questions">
        <h3 id="card-questions">{tc('meeting.questions')}</h3>
        <p class="hint no-print">{t('meeting.questionsHint')}</p>
        {questions.length + prefs.own.length === 0 && <p>{t('meeting.noQuestions')}</p>}
        <ol class="card-questions">
          {questions.map((q) => (
            <li key={q.id} class="card-question" data-q={q.id}>
              <p class="q-text">
                <span class="check-box" aria-hidden="true" />
                <strong>{qText(q.id)}</strong>
              </p>
              <p class="q-why">
                <span class="why-label">{tc('meeting.why')}</span> {tc.raw(`ui:meeting.q.${q.id}.why`)}
              </p>
              <p class="q-actions no-print">
                <Link to={{ page: 'read', id: q.section }}>{t('meeting.readMore')}</Link>
                <button type="button" class="link-button" aria-label={t('meeting.removeLabel', { text: qText(q.id) })} onClick={() => setPrefs({ ...prefs, removed: [...prefs.removed, q.id] })}>
                  {t('meeting.remove')}
                </button>
              </p>
            </li>
          ))}
          {prefs.own.map((text, i) => (
            <li key={`own-${i}`} class="card-question own" data-own={i}>
              <p class="q-text">
                <span class="check-box" aria-hidden="true" />
                <strong lang={t.lang}>{text}</strong>
              </p>
              <p class="q-actions no-print">
                <span class="muted">{t('meeting.ownMine')}</span>
                <button type="button" class="link-button" aria-label={t('meeting.removeLabel', { text })} onClick={() => setPrefs({ ...prefs, own: prefs.own.filter((_, j) => j !== i) })}>
                  {t('meeting.remove')}
                </button>
              </p>
            </li>
          ))}
        </ol>
        {removedCount > 0 && (
          <p class="no-print">
            {t('meeting.removed', { count: removedCount })}{' '}
            <button type="button" class="link-button" onClick={() => setPrefs({ ...prefs, removed: [] })}>
              {t('meeting.restore')}
            </button>
          </p>
        )}
        {prefs.own.length < MAX_OWN && (
          <form class={`own-form no-print form-group${ownError ? ' has-error' : ''}`} onSubmit={addOwn} novalidate>
            <label class="label" for="own-question">
              {t('meeting.own')}
            </label>
            {ownError && (
              <p class="error-message" id="own-question-error">
                {t('meeting.ownError')}
              </p>
            )}
            <div class="inline-row">
              <input id="own-question" class="input" type="text" maxLength={300} value={own} aria-invalid={ownError ? true : undefined} aria-describedby={ownError ? 'own-question-error' : undefined} onInput={(e) => setOwn((e.target as HTMLInputElement).value)} />
              <button type="submit" class="button secondary">
                {t('meeting.ownAdd')}
              </button>
            </div>
          </form>
        )}
      </section>

      <section class="card-part" aria-labelledby="card-bring">
        <h3 id="card-bring">{tc('meeting.bring')}</h3>
        <ul class="card-docs">
          {card.documents.map((d, i) => (
            <li key={`${d.id}-${i}`}>
              <span class="check-box" aria-hidden="true" />
              {docText(d, tc)}
              {d.date && <span class="doc-date"> ({formatDateShort(d.date, tc.lang)})</span>}
            </li>
          ))}
        </ul>
      </section>

      <section class="card-part" aria-labelledby="card-know">
        <h3 id="card-know">{tc('meeting.know')}</h3>
        <ul class="card-know">
          {card.know.map((k) => (
            <li key={k.id}>{tc.raw(`ui:meeting.knowItem.${k.id}`)}</li>
          ))}
        </ul>
        <h4>{tc('meeting.dates')}</h4>
        {card.dates.length === 0 ? (
          <p>{tc('meeting.datesNone')}</p>
        ) : (
          <ul class="card-dates">
            {card.dates.map((d) => (
              <li key={d.step}>
                <strong>{formatDate(d.due, tc.lang)}</strong>: {tc.raw(`${d.texts ?? `steps:steps.${d.step}`}.title`, cardParams(d.params, tc.lang))}
                {d.passed && ` ${tc('meeting.datePassed')}`}
                {!d.certain && ` ${tc('meeting.dateCheck')}`}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="card-part" aria-labelledby="card-who">
        <h3 id="card-who">{tc('meeting.withWho')}</h3>
        {app.contact ? <ContactCard card={app.contact} /> : <p>{tc('meeting.withWhoHint')}</p>}
      </section>

      <p class="no-print">
        <button
          type="button"
          class="link-button"
          onClick={() => {
            setPrefs({ ...EMPTY_PREFS });
            setStatus(t('meeting.cleared'));
          }}
        >
          {t('meeting.clear')}
        </button>
      </p>
    </article>
  );
}

function docText(d: CardDocument, tc: T): string {
  if (d.id !== 'tijdlijn' || !d.event) return tc.raw(`ui:meeting.doc.${d.id}`);
  const e = d.event;
  const what = e.letter ? (peekContent('toc', tc.lang) ?? toc(tc.lang)).letterTitles[e.letter] ?? e.letter : [tc.raw(`ui:timeline.kinds.${e.kind}`), e.note.split('\n')[0]?.slice(0, 80)].filter(Boolean).join(': ');
  return tc('meeting.docFromTimeline', { what });
}

/**
 * Session 59: the meeting summed up may be one with someone other than the school: it says with whom (the timeline's party
 * labels). The letter "Bevestiging van afspraken" goes to the school and is built from the latest meeting at school: offered
 * as before when the summary is about that meeting; about another meeting, the link names the meeting at school it is
 * about, and a meeting not at school says how to put its agreements in writing instead (as the plan's step does, tl57).
 */
function RecordSummary({ summary, t }: { summary: MeetingSummary; t: T }) {
  const { meeting: ev, atSchool, letter, letterIsThis } = summary;
  const date = formatDateInText(ev.date, t.lang);
  const who = contactsText(ev.parties.map((p) => t.raw(`ui:timeline.partiesList.${p}`)), t.lang);
  return (
    <div class="record-summary">
      <p>{atSchool ? t('meeting.lastRecorded', { date }) : t('meeting.lastRecordedWith', { date, who })}</p>
      <ul>
        {noteLines(ev.meeting, t).map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
      {!atSchool && <p>{t('meeting.letterNotThis')}</p>}
      <p class="link-list">
        {letter && (
          <Link to={{ page: 'letter', id: 'bevestiging-afspraken' }}>
            {letterIsThis ? t('meeting.letterLink') : t('meeting.letterLinkSchool', { date: formatDateInText(letter.date, t.lang) })}
          </Link>
        )}
        <Link to={{ page: 'timeline' }}>{t('meeting.timelineLink')}</Link>
        <Link to={{ page: 'plan' }}>{t('meeting.planLink')}</Link>
      </p>
    </div>
  );
}

/** The agreements in a few lines: on this page and as the timeline event's note. */
export function noteLines(r: MeetingRecord, t: T): string[] {
  const lines = r.agreements.map((a) => [t('meeting.note.agreement', { wie: a.who, wat: a.what }), a.by ? t('meeting.note.by', { date: formatDateShort(a.by, t.lang) }) : ''].filter(Boolean).join(' '));
  const o = effectiveOutcome(r);
  if (o !== 'afspraken') lines.push(t(o === 'geen' ? 'meeting.note.geen' : 'meeting.note.later'));
  if (r.next) lines.push(t('meeting.note.next', { date: formatDateShort(r.next, t.lang) }));
  if (r.schoolSends) lines.push(t('meeting.note.sends', { what: r.schoolSends }));
  return lines;
}

interface Row {
  who: string;
  what: string;
  by: string;
}
const typedOf = (d: IsoDate | undefined) => (d ? typedDate(d) : '');

function AgreementsForm({ t, today, answers, existing, onSave, onCancel }: { t: T; today: IsoDate; answers: AppState['answers']; existing?: RecordedMeeting; onSave: (ev: TimelineEvent & { meeting: MeetingRecord }, isNew: boolean) => void; onCancel: () => void }) {
  const planned = typeof answers['gesprek-datum'] === 'string' && parseTypedDate(typedOf(answers['gesprek-datum'] as IsoDate));
  const [date, setDate] = useState(typedOf(existing?.date ?? (planned && planned <= today ? planned : today)));
  // Session 58 (s58-noschool): with whom the meeting was (the event's parties, read by meeting/plan.ts meetingWith). Before,
  // every meeting recorded here was logged with the school. The card is for a meeting at school: the school by default; an
  // event with no party ticked counts as one at school (meetingWith), so it shows the school ticked.
  const [parties, setParties] = useState<Party[]>(existing?.parties.length ? existing.parties : ['school']);
  const partyChoices = [...MEETING_PARTIES, ...(existing?.parties ?? []).filter((p) => !MEETING_PARTIES.includes(p))];
  const [present, setPresent] = useState(existing?.meeting.present ?? '');
  const [outcome, setOutcome] = useState<Outcome>(existing?.meeting.outcome ?? 'afspraken');
  const [rows, setRows] = useState<Row[]>(existing?.meeting.agreements.map((a) => ({ who: a.who, what: a.what, by: typedOf(a.by) })) ?? [{ who: '', what: '', by: '' }]);
  const [next, setNext] = useState(typedOf(existing?.meeting.next));
  const [sends, setSends] = useState(existing?.meeting.schoolSends ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const setRow = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = (e: Event) => {
    e.preventDefault();
    const errs: FieldError[] = [];
    const d = parseTypedDate(date);
    if (!d) errs.push({ field: 'm-date', text: t('meeting.form.errorDate') });
    else if (d > today) errs.push({ field: 'm-date', text: t('meeting.form.errorFuture') });
    const filled = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.who.trim() || r.what.trim() || r.by.trim());
    const agreements: Agreement[] = [];
    for (const { r, i } of filled) {
      if (!r.what.trim()) errs.push({ field: `m-what-${i}`, text: `${t('meeting.form.agreementN', { n: i + 1 })}: ${t('meeting.form.errorWhat')}` });
      if (!r.who.trim()) errs.push({ field: `m-who-${i}`, text: `${t('meeting.form.agreementN', { n: i + 1 })}: ${t('meeting.form.errorWho')}` });
      const by = r.by.trim() ? parseTypedDate(r.by) : undefined;
      if (r.by.trim() && (!by || (d && by < d))) errs.push({ field: `m-by-${i}`, text: `${t('meeting.form.agreementN', { n: i + 1 })}: ${t('meeting.form.errorBy')}` });
      agreements.push({ who: r.who.trim(), what: r.what.trim(), ...(by ? { by } : {}) });
    }
    if (outcome === 'afspraken' && !filled.length) errs.push({ field: 'm-what-0', text: t('meeting.form.errorNone') });
    const nextDate = next.trim() ? parseTypedDate(next) : undefined;
    if (next.trim() && (!nextDate || (d && nextDate < d))) errs.push({ field: 'm-next', text: t('meeting.form.errorNext') });
    setErrors(errs);
    if (errs.length || !d) return;
    const meeting: MeetingRecord = { outcome, agreements: outcome === 'geen' ? [] : agreements, ...(nextDate ? { next: nextDate } : {}), schoolSends: sends.trim(), present: present.trim() };
    onSave(
      { id: existing?.id ?? newEventId(), date: d, kind: 'gesprek', parties: partyChoices.filter((p) => parties.includes(p)), how: 'gesprek', note: noteLines(meeting, t).join('\n'), meeting },
      !existing,
    );
  };
  const err = (f: string) => errors.find((x) => x.field === f);
  const field = (id: string, label: string, value: string, set: (v: string) => void, hint?: string, date?: boolean) => (
    <TextField t={t} id={id} label={label} hint={hint} error={err(id)?.text} value={value} onInput={set} date={date ? 'live' : undefined} input={{ maxLength: 300 }} />
  );
  return (
    <form class="agreements-form" onSubmit={submit} novalidate>
      <h3 tabIndex={-1} ref={heading}>
        {t('meeting.form.title')}
      </h3>
      <ErrorSummary titleId="m-error-title" title={t('meeting.form.error')} errors={errors} />
      {field('m-date', t('meeting.form.date'), date, setDate, t('meeting.form.dateHint'), true)}
      <fieldset class="form-group">
        <legend class="label">{t('meeting.form.parties')}</legend>
        <div class="options options-compact">
          {partyChoices.map((p) => (
            <Checkbox key={p} id={`m-party-${p}`} label={t.raw(`ui:timeline.partiesList.${p}`)} checked={parties.includes(p)} onChange={(on) => setParties(on ? [...parties, p] : parties.filter((x) => x !== p))} />
          ))}
        </div>
      </fieldset>
      {field('m-present', t('meeting.form.present'), present, setPresent, t('meeting.form.presentHint'))}
      <fieldset class="form-group">
        <legend class="label">{t('meeting.form.outcome')}</legend>
        <div class="options">
          {OUTCOMES.map((o) => (
            <div class="option" key={o}>
              <input type="radio" id={`m-outcome-${o}`} name="m-outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
              <label for={`m-outcome-${o}`}>{t.raw(`ui:meeting.form.outcomes.${o}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      {outcome !== 'geen' && (
        <fieldset class="form-group agreements">
          <legend class="label">{t('meeting.form.agreements')}</legend>
          {rows.map((r, i) => (
            <div class="agreement-row" key={i} role="group" aria-labelledby={`m-row-${i}`}>
              <p class="row-title" id={`m-row-${i}`}>
                {t('meeting.form.agreementN', { n: i + 1 })}
              </p>
              {field(`m-what-${i}`, t('meeting.form.what'), r.what, (v) => setRow(i, { what: v }))}
              {field(`m-who-${i}`, t('meeting.form.who'), r.who, (v) => setRow(i, { who: v }), t('meeting.form.whoHint'))}
              {field(`m-by-${i}`, t('meeting.form.by'), r.by, (v) => setRow(i, { by: v }), t('meeting.form.byHint'), true)}
              {rows.length > 1 && (
                <button type="button" class="link-button" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                  {t('meeting.form.removeAgreement')}
                </button>
              )}
            </div>
          ))}
          {rows.length < MAX_AGREEMENTS && (
            <button type="button" class="button secondary" onClick={() => setRows([...rows, { who: '', what: '', by: '' }])}>
              {t('meeting.form.addAgreement')}
            </button>
          )}
        </fieldset>
      )}
      {field('m-next', t('meeting.form.next'), next, setNext, t('meeting.form.nextHint'), true)}
      {field('m-sends', t('meeting.form.schoolSends'), sends, setSends, t('meeting.form.schoolSendsHint'))}
      <div class="button-row">
        <button type="submit" class="button">
          {t('meeting.form.save')}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {t('meeting.form.cancel')}
        </button>
      </div>
    </form>
  );
}
