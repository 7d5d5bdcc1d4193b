import '../letter.css';
import { useMemo, useRef, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { setLetterField, type AppState } from '../../app/controller';
import { useContent } from '../lazy';
import { FORM_FIELDS, OPP_LETTER, decisionDayAhead, letterAfterKey, decisionDeadline, fillLetter, letterText, valuesFromAnswers, type LetterField, type LetterPiece } from '../../rules/letters';
import type { Deadline } from '../../rules/deadlines';
import { daysLeftText, deadlineArithmetic } from '../deadlineText';
import type { T } from '../../app/i18n';
import { isIsoDate, todayInNL } from '../../rules/dates';
import { formatDateInText } from '../../rules/dateInText';
import { Heading } from '../components/Heading';
import { NotFoundPage } from './NotFoundPage';
import { loadJson, openStore, saveJson, type KeyValueStore } from '../../app/storage';
import { fileName, mailForLetter, mailtoUrl } from '../../app/export/mail';
import { groupOf, placeAndDate, subjectOf } from '../letterLayout';
import { download, textBlob } from '../../app/export/download';
import { EDIT_MAX, editPrivacy, letterEditKey, type EditPrivacy } from '../../app/export/edit';
import { LetterSent } from '../components/LetterSent';
import { planOf, storedOf } from '../components/timelineDoor';
import { TimelineGate } from '../components/TimelineGate';
import { MEETING_LETTER, meetingLetterValuesOf } from '../components/meetingLetter';
import { LPA_LETTER, admissionLetterValuesOf, oppLetterValuesOf, oppStepOf } from '../components/oppLetter';
import { dirOf } from '../../languages';

/** Browser autofill for the parent's own details; never for the child's (it would offer the parent's name). */
const AUTOCOMPLETE: Partial<Record<LetterField, { autoComplete: string; type?: 'email' | 'tel'; inputMode?: 'email' | 'tel' }>> = {
  ouder_naam: { autoComplete: 'name' },
  ouder_adres: { autoComplete: 'street-address' },
  ouder_postcode_plaats: { autoComplete: 'postal-code' },
  ouder_email: { autoComplete: 'email', type: 'email', inputMode: 'email' },
  ouder_telefoon: { autoComplete: 'tel', type: 'tel', inputMode: 'tel' },
};

/**
 * A letter's values from the answers and the timeline as the plan reads them (storedOf: an older version's data brought up
 * to date at once, session 43). The timeline tells a date the parent sent the registration from the day the school
 * received it (herinnering-besluit); its base: a registration date answered before a logged one wrote over it (session 25).
 */
export function answerValuesOf(app: Pick<AppState, 'answers' | 'timeline'>, lang: string, id: string, today = todayInNL(), decision?: string): Partial<Record<LetterField, string>> {
  const { answers, data } = storedOf(app);
  // The reminder names the plan's own last day for the school (session 47): only this letter needs the plan.
  const term = id === 'herinnering-besluit' ? planOf(app, today).steps.find((s) => s.id === 'besluit-aanmelding')?.deadline : undefined;
  const schoolTerm = term && !term.maybeExtendedTo ? { start: term.start, due: term.due } : undefined;
  return valuesFromAnswers(answers, today, lang, id, data.events, data.base, decision !== undefined && isIsoDate(decision) ? decision : undefined, schoolTerm);
}

/**
 * One letter: always the Dutch text (the school reads Dutch), filled from the answers and the
 * "gegevens voor brieven"; missing values stay visible as "[naam van de school]", in Dutch whatever
 * the interface language. The text box is the one view of the letter: what it shows is what is
 * copied, shared, mailed, downloaded and printed. In another language a filled translation follows.
 */
export function LetterPage(props: { id: string; app: AppState; decision?: string }) {
  // A letter reads the plan's terms, with the timeline's steps when there are events (session 81, TimelineGate).
  return (
    <TimelineGate timeline={props.app.timeline}>
      <LetterBody {...props} />
    </TimelineGate>
  );
}

function LetterBody({ id, app, decision }: { id: string; app: AppState; decision?: string }) {
  const t = useT();
  const nl = useContent('letters', 'nl');
  const local = useContent('letters', t.lang);
  // The Dutch field names, for the markers in the Dutch letter under any interface language.
  const nlTexts = useContent('pagetexts', 'nl');
  const letter = nl.data?.letters.find((l) => l.id === id);
  const explain = local.data?.letters.find((l) => l.id === id);
  const [bsn, setBsn] = useState(''); // never stored
  /** BSN values typed on this page, so an edit that still holds one is not stored either. */
  const seenBsn = useRef(new Set<string>());
  /** The form opens when the page opens with values missing; after that only the parent opens or closes it. */
  const formOpen = useRef<boolean | undefined>(undefined);
  // The confirmation letter takes the latest recorded meeting (issue 18); its words are the Dutch texts.
  const meeting = id === MEETING_LETTER && nlTexts.data ? meetingLetterValuesOf(app) : {};
  // The translation beside it gets the same agreements with the words and dates in the interface language.
  const meetingLocal = id === MEETING_LETTER && nlTexts.data && t.lang !== 'nl' ? meetingLetterValuesOf(app, t.lang) : meeting;
  // Session 58 (s58-oppletter): verzoek-opp names the day of enrolment and the OPP's last day when the day is answered.
  // Session 64: they read the plan's OPP step, so they are worked out when the answers change, not on every keystroke in the form.
  const oppReady = id === OPP_LETTER && !!nlTexts.data;
  const oppStep = useMemo(() => (oppReady ? oppStepOf(app) : undefined), [oppReady, app.answers, app.timeline]);
  const opp = useMemo(() => (oppReady ? oppLetterValuesOf(app, 'nl', todayInNL(), oppStep) : {}), [oppReady, oppStep]);
  const oppLocal = useMemo(() => (oppReady && t.lang !== 'nl' ? oppLetterValuesOf(app, t.lang, todayInNL(), oppStep) : opp), [oppReady, t.lang, opp, oppStep]);
  // Session 60 (s60-enrolled): bericht-leerplichtambtenaar's choice lines for a child enrolled nowhere and admitted.
  const admitted = id === LPA_LETTER && nlTexts.data ? admissionLetterValuesOf(app) : {};
  const admittedLocal = id === LPA_LETTER && nlTexts.data && t.lang !== 'nl' ? admissionLetterValuesOf(app, t.lang) : admitted;
  const withValues = (m: Partial<Record<LetterField, string>>, lang: string) => {
    const v: Partial<Record<LetterField, string>> = { ...answerValuesOf(app, lang, id, todayInNL(), decision), ...m, ...app.letterFields, ...(bsn ? { kind_bsn: bsn } : {}) };
    // A Dutch letter's date line names the town: "Utrecht, 3 maart 2026".
    if (v.datum_vandaag) v.datum_vandaag = placeAndDate(v.ouder_postcode_plaats, v.datum_vandaag);
    // Session 79: "4" reads "groep 4" in the Dutch letter (groupOf); a translation keeps what was typed.
    if (lang === 'nl' && v.kind_groep) v.kind_groep = groupOf(v.kind_groep);
    return v;
  };
  // The letter: Dutch dates ("3 december 2026"). Its translation (another interface language): the
  // interface language's dates ("3 December 2026", "3 Aralık 2026"), like every other date on screen.
  const values = useMemo(() => withValues({ ...meeting, ...opp, ...admitted }, 'nl'), [app.answers, app.letterFields, app.timeline, bsn, decision, JSON.stringify(meeting), JSON.stringify(opp), JSON.stringify(admitted)]);
  const localValues = useMemo(() => (t.lang === 'nl' ? values : withValues({ ...meetingLocal, ...oppLocal, ...admittedLocal }, t.lang)), [values, t.lang, JSON.stringify(meetingLocal), JSON.stringify(oppLocal), JSON.stringify(admittedLocal)]);
  // Session 38: the reminder letter says the school's last day has passed; while the plan's day is today or later, say so.
  const termRuns = useMemo(() => (id === 'herinnering-besluit' ? decisionDayAhead(id, planOf(app, todayInNL()).steps) : undefined), [id, app.answers, app.timeline]);
  // Session 63 (walk): a bezwaar letter opened from a plan step for one decision says that step's last day at the top.
  const due = useMemo(() => decisionDeadline(id, decision, () => planOf(app, todayInNL()).steps), [id, decision, app.answers, app.timeline]);
  if (!nl.data || !local.data || !nlTexts.data) return <p>{nl.failed || local.failed || nlTexts.failed ? t('app.loadFailed') : t('app.loading')}</p>;
  if (!letter || !explain) return <NotFoundPage />;
  /** Labels of the form, in the interface language. */
  const label = (f: LetterField) => t.raw(`ui:letterField.${f}`);
  /** Markers in the Dutch letter: Dutch, whatever the interface language. */
  const nlLabel = (f: LetterField) => t.raw(`ui:letterField.${f}`, { lng: 'nl' });
  const pieces = fillLetter(letter.body, values);
  const afterKey = letterAfterKey(values);
  const subject = letterText(fillLetter(letter.subject, values), nlLabel);
  const used = [...new Set(pieces.flatMap((p) => ('field' in p ? [p.field] : [])))];
  const filled = letterText(pieces, nlLabel);
  const missing = [...new Set([...fillLetter(letter.subject, values), ...pieces].flatMap((p) => ('field' in p && p.value === undefined ? [p.field] : [])))];
  const example = fillLetter(letter.body, letter ? nl.data.example : {});
  return (
    <article class="page-letter">
      <Heading title={explain.title} />
      {t.lang !== 'nl' && <p class="note">{t('letter.dutchNote')}</p>}
      {due && <LetterDue d={due} t={t} />}
      <dl class="letter-facts">
        <dt>{t('letter.when')}</dt>
        <dd>{explain.when}</dd>
        <dt>{t('letter.to')}</dt>
        <dd>{explain.to}</dd>
        {explain.attach.length > 0 && (
          <>
            <dt>{t('letter.attach')}</dt>
            <dd>
              <ul>
                {explain.attach.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('letter.send')}</dt>
        <dd>{explain.send}</dd>
        <dt>{t('letter.deadline')}</dt>
        <dd>{explain.deadline}</dd>
        <dt>{t('letter.after')}</dt>
        {/* Session 78 (s78-left): no Geschillencommissie where the letter dropped its sentence (letterAfterKey). */}
        <dd>{afterKey ? t(afterKey) : explain.after}</dd>
      </dl>
      {termRuns && <p class="note">{t('letter38.termRuns', { date: formatDateInText(termRuns, t.lang) })}</p>}
      <details class="letter-form" open={(formOpen.current ??= missing.some((f) => (FORM_FIELDS as readonly string[]).includes(f))) || undefined}>
        <summary>{t('letter.fields')}</summary>
        <p class="hint">{t('letter.fieldsHint')}</p>
        {used
          .filter((f) => (FORM_FIELDS as readonly string[]).includes(f) || f === 'kind_bsn')
          .map((f) => {
            const auto = AUTOCOMPLETE[f];
            return (
              <div class="form-group" key={f}>
                <label class="label" for={`field-${f}`}>
                  {label(f)}
                </label>
                {f === 'kind_bsn' && <p class="hint">{t('letter.bsnHint')}</p>}
                <input
                  id={`field-${f}`}
                  class="input"
                  type={(auto?.type ?? 'text') as 'text'}
                  inputMode={auto?.inputMode ?? 'text'}
                  autoComplete={auto?.autoComplete ?? 'off'}
                  spellcheck={auto?.type ? false : undefined}
                  value={f === 'kind_bsn' ? bsn : (app.letterFields[f] ?? '')}
                  onInput={(e) => {
                    const v = (e.target as HTMLInputElement).value;
                    if (f === 'kind_bsn') {
                      setBsn(v);
                      if (v.replace(/\D/g, '').length >= 8) seenBsn.current.add(v.trim());
                    } else setLetterField(f, v);
                  }}
                />
              </div>
            );
          })}
      </details>
      <LetterEditor key={id} id={id} subject={subject} filled={filled} markers={missing.map((f) => `[${nlLabel(f)}]`)} bsn={bsn} seenBsn={seenBsn.current} />
      <LetterSent id={id} app={app} pick={values.besluit_keuze} />
      {t.lang !== 'nl' && (
        <section class="translation-box" aria-labelledby="translation-title">
          <h2 id="translation-title">{t('letter.translation')}</h2>
          <LetterView pieces={fillLetter(explain.body, localValues)} label={label} lang={t.lang} extra="translation" />
        </section>
      )}
      <details class="example">
        <summary>{t('letter.example')}</summary>
        <p>{t('letter.exampleLead')}</p>
        <LetterView pieces={example} label={nlLabel} />
      </details>
    </article>
  );
}

function LetterDue({ d, t }: { d: Deadline; t: T }) {
  const left = daysLeftText(d, t, 'walk63.letterDuePassed');
  return (
    <div class="note letter-due">
      <p>{t('walk63.letterDue')}</p>
      <p>
        <strong>{deadlineArithmetic(d, t)}</strong>
      </p>
      <p>
        {left}
        {!d.certain && ` ${t('plan.uncertain')}`}
      </p>
    </div>
  );
}

function LetterView({ pieces, label, lang = 'nl', extra }: { pieces: LetterPiece[]; label: (f: LetterField) => string; lang?: string; extra?: string }) {
  // In a right-to-left translation a filled-in value (a Dutch date, a name) is isolated (FSI … PDI), so it keeps its
  // own direction: "23 november 2026", not "november 2026 23". Not <bdi>: its direction would come from the first
  // letter of the whole value, Latin in a translated agreement line, where FSI skips the isolated words inside.
  const rtl = dirOf(lang) === 'rtl';
  return (
    <div class={`letter${extra ? ` ${extra}` : ''}`} lang={lang}>
      {pieces.map((p, i) => ('text' in p ? p.text : p.value !== undefined ? <span key={i} class="filled">{rtl ? `\u2068${p.value}\u2069` : p.value}</span> : <mark key={i} class="missing">[{label(p.field)}]</mark>))}
    </div>
  );
}


let deviceStore: KeyValueStore | undefined;
/** The same "wegwijzer." store as the rest of the app (localStorage, or memory when that fails). */
const store = () => (deviceStore ??= openStore(() => window.localStorage).store);

const loadEdit = (id: string) => loadJson(store(), letterEditKey(id), (v) => (typeof v === 'string' && v.length <= EDIT_MAX ? v : undefined));

const HINTS: Record<EditPrivacy, 'letterPage.editHint' | 'letterActions.editHintBsn' | 'letterActions.editHintBsnText' | 'letterActions.editHintLong'> = {
  keep: 'letterPage.editHint',
  bsnFilled: 'letterActions.editHintBsn',
  bsnInText: 'letterActions.editHintBsnText',
  tooLong: 'letterActions.editHintLong',
};

/** Copies text: the Clipboard API, or (without a secure context) selecting the text area and "copy". */
async function copyText(text: string, area: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the older way */
  }
  if (!area) return false;
  try {
    area.focus();
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/** The system share sheet (Web Share API), where the phone has one. */
const canShare = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function';

/** Opens a mailto: link the way a link would (an anchor click), so nothing else on the page changes. */
function openMail(url: string) {
  const a = document.createElement('a');
  a.href = url;
  document.body.append(a);
  a.click();
  a.remove();
}

/**
 * The letter as text the parent can change: the one view of the letter. What it holds is exactly
 * what is copied, shared, mailed (as the body), downloaded (.txt, .docx) and printed.
 * The change lives in this component and, when it cannot hold the BSN, on the device under
 * "wegwijzer.letter-edit.<id>" (wiped with everything else).
 */
function LetterEditor({ id, subject, filled, markers, bsn, seenBsn }: { id: string; subject: string; filled: string; markers: string[]; bsn: string; seenBsn: Set<string> }) {
  const t = useT();
  const [edit, setEdit] = useState<string | undefined>(() => loadEdit(id));
  const [status, setStatus] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const text = edit ?? filled;
  const privacy = editPrivacy(text, bsn, seenBsn);
  const open = markers.reduce((n, m) => n + text.split(m).length - 1, 0);
  const mailSubject = subjectOf(text, subject);
  const mail = mailForLetter(text, mailSubject);

  const change = (v: string) => {
    setEdit(v);
    setStatus('');
    if (editPrivacy(v, bsn, seenBsn) === 'keep') saveJson(store(), letterEditKey(id), v);
  };
  const reset = () => {
    setEdit(undefined);
    try {
      store().removeItem(letterEditKey(id));
    } catch {
      /* nothing stored */
    }
    setStatus(t('letterActions.resetDone'));
    area.current?.focus();
  };
  const copy = async () => setStatus(t((await copyText(text, area.current)) ? 'letterActions.copied' : 'letterActions.copyFailed'));
  const sendMail = async () => {
    if (mail.fits) {
      setStatus(t('letterActions.mailOpened'));
      openMail(mail.url);
    } else if (await copyText(text, area.current)) {
      // Too long for a mailto: link: copy the letter, then open a new mail with only the subject.
      setStatus(t('letterPage.mailCopied'));
      openMail(mailtoUrl(mailSubject, ''));
    } else setStatus(t('letterActions.mailTooLongNoCopy'));
  };
  const makeDocx = () => import('../../app/export/docx').then((m) => m.docxBlob(text));
  const txt = () => {
    const name = fileName(id, 'txt');
    download(textBlob(text), name);
    setStatus(t('letterActions.downloaded', { file: name }));
  };
  const docx = () => {
    const name = fileName(id, 'docx');
    makeDocx().then(
      (blob) => {
        download(blob, name);
        setStatus(t('letterActions.downloaded', { file: name }));
      },
      () => setStatus(t('letterActions.docxFailed')),
    );
  };
  const share = async () => {
    let data: ShareData = { title: mailSubject, text };
    try {
      const file = new File([await makeDocx()], fileName(id, 'docx'), { type: (await import('../../app/export/docx')).DOCX_TYPE });
      if (navigator.canShare?.({ files: [file] })) data = { ...data, files: [file] };
    } catch {
      /* share the text only */
    }
    try {
      await navigator.share(data);
      setStatus(t('letterPage.shared'));
    } catch (e) {
      // The parent closed the share sheet: nothing to say.
      if ((e as Error)?.name !== 'AbortError') setStatus(t('letterPage.shareFailed'));
    }
  };

  return (
    <section class="letter-editor" aria-labelledby="letter-edit-title">
      <h2 id="letter-edit-title">{t('letter.yours')}</h2>
      <div class="form-group">
        <label class="label" for="letter-edit">
          {t('letterActions.editLabel')}
        </label>
        <p class="hint" id="letter-edit-hint">
          {t(HINTS[privacy])}
        </p>
        {edit !== undefined && (
          <p class="hint" id="letter-edit-edited">
            {t('letterActions.edited')}
          </p>
        )}
        {open > 0 && (
          <p class="note letter-open" id="letter-edit-open">
            {t('letterActions.missing', { count: open })}
          </p>
        )}
        <textarea
          id="letter-edit"
          ref={area}
          class="input letter-edit"
          lang="nl"
          rows={18}
          spellcheck={true}
          aria-describedby={['letter-edit-hint', edit !== undefined ? 'letter-edit-edited' : '', open > 0 ? 'letter-edit-open' : ''].filter(Boolean).join(' ')}
          value={text}
          onInput={(e) => change((e.target as HTMLTextAreaElement).value)}
        />
      </div>
      {edit !== undefined && (
        <p>
          <button type="button" class="button secondary" onClick={reset}>
            {t('letterActions.reset')}
          </button>
        </p>
      )}
      <h2>{t('letterActions.actionsTitle')}</h2>
      <div class="letter-actions no-print">
        {canShare() && (
          <button type="button" class="button" onClick={share}>
            {t('letterPage.share')}
          </button>
        )}
        <button type="button" class={`button${canShare() ? ' secondary' : ''}`} onClick={copy}>
          {t('letterActions.copy')}
        </button>
        <button type="button" class="button secondary" onClick={sendMail}>
          {t(mail.fits ? 'letterPage.mail' : 'letterPage.mailLong')}
        </button>
        <button type="button" class="button secondary" onClick={txt}>
          {t('letterActions.txt')}
        </button>
        <button type="button" class="button secondary" onClick={docx}>
          {t('letterActions.docx')}
        </button>
        <button type="button" class="button secondary" onClick={() => window.print()}>
          {t('letterActions.print')}
        </button>
      </div>
      {!mail.fits && <p class="hint no-print">{t('letterPage.mailLongHint')}</p>}
      <p role="status" class="letter-status">
        {status}
      </p>
      <div class="letter-print print-only" lang="nl">
        {text}
      </div>
    </section>
  );
}
