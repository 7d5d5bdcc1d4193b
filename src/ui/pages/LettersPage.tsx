import { useMemo, useState } from 'preact/hooks';
import { useT, core } from '../../app/i18n';
import { setLetterField, type AppState } from '../../app/controller';
import { useContent } from '../lazy';
import { FORM_FIELDS, fillLetter, letterText, valuesFromAnswers, type LetterField, type LetterPiece } from '../../rules/letters';
import { todayInNL } from '../../rules/dates';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { NotFoundPage } from './NotFoundPage';

/** All letters on one page. */
export function LettersPage() {
  const t = useT();
  return (
    <div class="page-letters">
      <Heading title={t('letter.title')} />
      <p class="lead">{t('letter.lead')}</p>
      <ul class="letter-list">
        {Object.entries(core().letterTitles).map(([id, title]) => (
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
  const values = useMemo(
    () => ({ ...valuesFromAnswers(app.answers, todayInNL()), ...app.letterFields, ...(bsn ? { kind_bsn: bsn } : {}) }),
    [app.answers, app.letterFields, bsn],
  );
  if (!nl.data || !local.data) return <p>{nl.failed || local.failed ? t('app.loadFailed') : t('app.loading')}</p>;
  if (!letter || !explain) return <NotFoundPage />;
  const label = (f: LetterField) => t.raw(`ui:letterField.${f}`);
  const pieces = fillLetter(letter.body, values);
  const subject = letterText(fillLetter(letter.subject, values), label);
  const used = [...new Set(pieces.flatMap((p) => ('field' in p ? [p.field] : [])))];
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
                  if (f === 'kind_bsn') setBsn(v);
                  else setLetterField(f, v);
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
      <CopyButton text={`${subject}\n\n${letterText(pieces, label)}`} />
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

function CopyButton({ text }: { text: string }) {
  const t = useT();
  const [done, setDone] = useState(false);
  return (
    <p>
      <button
        type="button"
        class="button"
        onClick={() => navigator.clipboard?.writeText(text).then(() => setDone(true), () => setDone(false))}
      >
        {t('letter.copy')}
      </button>{' '}
      <span role="status">{done ? t('letter.copied') : ''}</span>
    </p>
  );
}
