import { useMemo, useRef, useState } from 'preact/hooks';
import { useT, core } from '../../app/i18n';
import { setLetterField, type AppState } from '../../app/controller';
import { toc, useContent } from '../lazy';
import { FORM_FIELDS, fillLetter, letterText, valuesFromAnswers, type LetterField, type LetterPiece } from '../../rules/letters';
import { todayInNL } from '../../rules/dates';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { NotFoundPage } from './NotFoundPage';
import { loadJson, openStore, saveJson, type KeyValueStore } from '../../app/storage';
import { composeLetter, fileName, mailFor } from '../../app/export/mail';
import { download, textBlob } from '../../app/export/download';
import { EDIT_MAX, editPrivacy, letterEditKey, type EditPrivacy } from '../../app/export/edit';
import { LetterSent } from '../components/LetterSent';
import { MEETING_LETTER, meetingLetterValuesOf } from '../components/meetingLetter';

/** All letters on one page. */
export function LettersPage() {
  const t = useT();
  return (
    <div class="page-letters">
      <Heading title={t('letter.title')} />
      <p class="lead">{t('letter.lead')}</p>
      <ul class="letter-list">
        {Object.entries(toc(t.lang).letterTitles).map(([id, title]) => (
          <li key={id}>
            <Link to={{ page: 'letter', id }}>{title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * One letter: always the Dutch text (the school reads Dutch), filled from the answers and the
 * "gegevens voor brieven"; missing values stay visible as "[naam van de school]". In English the
 * explanation and a translation are shown beside it.
 */
export function LetterPage({ id, app }: { id: string; app: AppState }) {
  const t = useT();
  const nl = useContent('letters', 'nl');
  const local = useContent('letters', t.lang);
  const letter = nl.data?.letters.find((l) => l.id === id);
  const explain = local.data?.letters.find((l) => l.id === id);
  const [bsn, setBsn] = useState(''); // never stored
  /** BSN values typed on this page, so an edit that still holds one is not stored either. */
  const seenBsn = useRef(new Set<string>());
  // The confirmation letter takes the latest recorded meeting (issue 18); its words are the Dutch texts.
  const nlTexts = useContent('pagetexts', 'nl');
  const meeting = id === MEETING_LETTER && nlTexts.data ? meetingLetterValuesOf(app) : {};
  const values = useMemo(
    () => ({ ...valuesFromAnswers(app.answers, todayInNL()), ...meeting, ...app.letterFields, ...(bsn ? { kind_bsn: bsn } : {}) }),
    [app.answers, app.letterFields, bsn, JSON.stringify(meeting)],
  );
  if (!nl.data || !local.data) return <p>{nl.failed || local.failed ? t('app.loadFailed') : t('app.loading')}</p>;
  if (!letter || !explain) return <NotFoundPage />;
  const label = (f: LetterField) => t.raw(`ui:letterField.${f}`);
  const pieces = fillLetter(letter.body, values);
  const subject = letterText(fillLetter(letter.subject, values), label);
  const used = [...new Set(pieces.flatMap((p) => ('field' in p ? [p.field] : [])))];
  const filled = composeLetter(subject, letterText(pieces, label));
  const missing = [...new Set([...fillLetter(letter.subject, values), ...pieces].flatMap((p) => ('field' in p && p.value === undefined ? [p.field] : [])))];
  const example = fillLetter(letter.body, letter ? nl.data.example : {});
  return (
    <article class="page-letter">
      <Heading title={explain.title} />
      {t.lang !== 'nl' && <p class="note">{t('letter.dutchNote')}</p>}
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
        <dd>{explain.after}</dd>
      </dl>
      <details class="letter-form">
        <summary>{t('letter.fields')}</summary>
        <p class="hint">{t('letter.fieldsHint')}</p>
        {used
          .filter((f) => (FORM_FIELDS as readonly string[]).includes(f) || f === 'kind_bsn')
          .map((f) => (
            <div class="form-group" key={f}>
              <label class="label" for={`field-${f}`}>
                {label(f)}
              </label>
              {f === 'kind_bsn' && <p class="hint">{t('letter.bsnHint')}</p>}
              <input
                id={`field-${f}`}
                class="input"
                type="text"
                inputMode={f === 'ouder_email' ? 'email' : 'text'}
                autoComplete="off"
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
          ))}
      </details>
      <h2>{t('letter.yours')}</h2>
      <p class="letter-subject">
        <strong>{subject}</strong>
      </p>
      <LetterView pieces={pieces} label={label} />
      <LetterEditor key={id} id={id} filled={filled} markers={missing.map((f) => `[${label(f)}]`)} bsn={bsn} seenBsn={seenBsn.current} />
      <LetterSent id={id} app={app} />
      {t.lang !== 'nl' && (
        <>
          <h2>{t('letter.translation')}</h2>
          <pre class="letter translation" lang={t.lang}>
            {explain.body}
          </pre>
        </>
      )}
      <details class="example">
        <summary>{t('letter.example')}</summary>
        <p>{t('letter.exampleLead')}</p>
        <LetterView pieces={example} label={label} />
      </details>
    </article>
  );
}

function LetterView({ pieces, label }: { pieces: LetterPiece[]; label: (f: LetterField) => string }) {
  return (
    <div class="letter" lang="nl">
      {pieces.map((p, i) => ('text' in p ? p.text : p.value !== undefined ? <span key={i} class="filled">{p.value}</span> : <mark key={i} class="missing">[{label(p.field)}]</mark>))}
    </div>
  );
}


let deviceStore: KeyValueStore | undefined;
/** The same "wegwijzer." store as the rest of the app (localStorage, or memory when that fails). */
const store = () => (deviceStore ??= openStore(() => window.localStorage).store);

const loadEdit = (id: string) => loadJson(store(), letterEditKey(id), (v) => (typeof v === 'string' && v.length <= EDIT_MAX ? v : undefined));

const HINTS: Record<EditPrivacy, 'letterActions.editHint' | 'letterActions.editHintBsn' | 'letterActions.editHintBsnText' | 'letterActions.editHintLong'> = {
  keep: 'letterActions.editHint',
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

/**
 * The letter as text the parent can change, with what to do with it: copy, mail, .txt, .docx, print.
 * The change lives in this component and, when it cannot hold the BSN, on the device under
 * "wegwijzer.letter-edit.<id>" (wiped with everything else).
 */
function LetterEditor({ id, filled, markers, bsn, seenBsn }: { id: string; filled: string; markers: string[]; bsn: string; seenBsn: Set<string> }) {
  const t = useT();
  const [edit, setEdit] = useState<string | undefined>(() => loadEdit(id));
  const [status, setStatus] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const text = edit ?? filled;
  const privacy = editPrivacy(text, bsn, seenBsn);
  const open = markers.reduce((n, m) => n + text.split(m).length - 1, 0);

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
  const mail = async () => {
    const { url, fits } = mailFor(text);
    if (fits) {
      setStatus(t('letterActions.mailOpened'));
      window.location.href = url;
    } else setStatus(t((await copyText(text, area.current)) ? 'letterActions.mailTooLong' : 'letterActions.mailTooLongNoCopy'));
  };
  const txt = () => {
    const name = fileName(id, 'txt');
    download(textBlob(text), name);
    setStatus(t('letterActions.downloaded', { file: name }));
  };
  const docx = () => {
    const name = fileName(id, 'docx');
    import('../../app/export/docx').then(
      (m) => {
        download(m.docxBlob(text), name);
        setStatus(t('letterActions.downloaded', { file: name }));
      },
      () => setStatus(t('letterActions.docxFailed')),
    );
  };

  return (
    <section class="letter-editor" aria-labelledby="letter-edit-title">
      <h2 id="letter-edit-title">{t('letterActions.editTitle')}</h2>
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
        <textarea
          id="letter-edit"
          ref={area}
          class="input letter-edit"
          lang="nl"
          rows={18}
          spellcheck={true}
          aria-describedby={edit !== undefined ? 'letter-edit-hint letter-edit-edited' : 'letter-edit-hint'}
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
      {open > 0 && <p class="note letter-open">{t('letterActions.missing', { count: open })}</p>}
      <h2>{t('letterActions.actionsTitle')}</h2>
      <div class="letter-actions no-print">
        <button type="button" class="button" onClick={copy}>
          {t('letterActions.copy')}
        </button>
        <button type="button" class="button secondary" onClick={mail}>
          {t('letterActions.mail')}
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
      <p role="status" class="letter-status">
        {status}
      </p>
      <div class="letter-print print-only" lang="nl">
        {text}
      </div>
    </section>
  );
}
