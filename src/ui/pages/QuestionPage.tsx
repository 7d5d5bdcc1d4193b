import { useEffect, useRef, useState } from 'preact/hooks';
import { useT, type T } from '../../app/i18n';
import { send, type AppState } from '../../app/controller';
import { questionById, type Question } from '../../flow/questions';
import { isValidAnswer, progress } from '../../flow/route';
import { DONT_KNOW, asList, asString, type AnswerValue } from '../../flow/answers';
import { parseTypedDate, todayInNL, typedDate } from '../../rules/dates';
import { core } from '../../app/i18n';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/TextField';
import { Checkbox } from '../components/Checkbox';
import { NotFoundPage } from './NotFoundPage';
import { useContent } from '../lazy';
import { clearReviewOrigin, isOpenedFromReview } from '../editOrigin';
import { getState } from '../../app/controller';

/**
 * State that starts again from `init` whenever `key` changes. The question page is patched in place
 * from one question to the next (App keys it on the page kind, not the question): its DOM is reused,
 * but what the parent chose, typed or did wrong on one question never carries over to the next.
 * A setter from an earlier key (a late timer of the question before) changes nothing.
 */
function useKeyedState<S>(key: string, init: () => S): [S, (value: S) => void] {
  const box = useRef<[string, S]>(null);
  const [, bump] = useState(0);
  if (box.current?.[0] !== key) box.current = [key, init()];
  const mine = box.current;
  return [mine[1], (value: S) => box.current === mine && ((mine[1] = value), bump((n) => n + 1))];
}

/** One question per page, GOV.UK / NL Design System style: caption, h1 as legend, hint, error summary. */
export function QuestionPage({ id, app }: { id: string; app: AppState }) {
  const t = useT();
  const q = questionById.get(id);
  // The opening question's texts are built in; the others arrive just after start.
  const texts = useContent('questions', t.lang);
  if (!q) return <NotFoundPage />;
  if (q.id !== 'situatie' && !texts.data) return <p>{texts.failed ? t('app.loadFailed') : t('app.loading')}</p>;
  return <QuestionView q={q} app={app} />;
}

function QuestionView({ q, app }: { q: Question; app: AppState }) {
  const t = useT();
  const text = (k: string) => t.raw(`questions:${q.id}.${k}`);
  const { step, of } = progress(q.id, app.answers);
  const stepText = of ? t('question.step', { step: String(step), of: String(of) }) : t('question.stepFirst', { step: String(step) });
  const [error, setError] = useKeyedState<string | undefined>(q.id, () => undefined);

  const fieldId = `${q.id}-field`;
  const chapter = core().chapters.find((c) => c.number === q.chapter);

  const clearError = () => setError(undefined);
  const submit = (value: AnswerValue | undefined, problem?: string) => {
    if (problem) return setError(problem);
    if (value === undefined || !isValidAnswer(q, value, todayInNL())) return setError(t('error.choose'));
    setError(undefined);
    send({ type: 'ANSWER', value });
  };

  const answer = app.answers[q.id];
  const field: FieldProps = { q, t, text, stepText, error, fieldId, onSubmit: submit, clearError, stateKey: `${q.id}:${JSON.stringify(answer ?? null)}` };
  return (
    <div class="page-question">
      <p class="back">
        <a
          href="#"
          class="back-link"
          onClick={(e) => {
            e.preventDefault();
            // Opened with "Wijzig" from the check page: back to the check page.
            if (isOpenedFromReview(q.id)) {
              clearReviewOrigin();
              send({ type: 'SHOW', to: 'review' });
              if (getState().position !== q.id) return;
            }
            send({ type: 'BACK' });
          }}
        >
          {t('question.back')}
        </a>
      </p>
      {/* Focus goes to the summary when the error's text changes. */}
      <ErrorSummary titleId="error-summary-title" title={t('error.summaryTitle')} errors={error ? [{ field: fieldId, text: error }] : []} focusKey={error} />
      {/* The fields keep their own state, started again for each question and each stored answer (so they show an answer changed in another tab). */}
      {q.type === 'date' ? (
        <DateQuestion {...field} initial={asString(answer)} />
      ) : (
        <ChoiceQuestion {...field} initial={answer} />
      )}
      {/* Closed again on the next question. */}
      <details class="why" key={q.id}>
        <summary>{t('question.why')}</summary>
        <p>{text('why')}</p>
      </details>
      <p class="read-more">
        <Link to={{ page: 'read', id: q.explains }}>{t('question.readMore')}</Link>
        {chapter && <span class="muted"> ({t('question.chapter', { number: String(chapter.number), title: chapter.title })})</span>}
      </p>
      <p>
        <Link to={{ page: 'overview' }}>{t('question.overview')}</Link>
      </p>
    </div>
  );
}

interface FieldProps {
  q: Question;
  t: T;
  text: (k: string) => string;
  stepText: string;
  error?: string;
  fieldId: string;
  onSubmit: (value: AnswerValue | undefined, problem?: string) => void;
  /** The problem is solved by what the parent did since: the error goes (summary and message). */
  clearError: () => void;
  /** The question and its stored answer: the field's state starts again when it changes. */
  stateKey: string;
}

function Title({ t, text, stepText, error, id, q }: Pick<FieldProps, 't' | 'text' | 'stepText' | 'error' | 'q'> & { id?: string }) {
  // focusKey: the page is patched in place from question to question; focus moves to each new h1.
  return <Heading id={id} focusKey={q.id} title={text('title')} caption={stepText} titlePrefix={[error ? t('error.summaryTitle') : '', stepText].filter(Boolean).join(' – ')} />;
}

function ChoiceQuestion(props: FieldProps & { initial?: AnswerValue }) {
  const { q, t, text, error, fieldId, onSubmit } = props;
  const multi = q.type === 'multi';
  const [chosen, setChosen] = useKeyedState<string[]>(props.stateKey, () => asList(props.initial).filter((v) => q.options?.includes(v)));
  const hint = t.exists(`questions:${q.id}.hint`) ? text('hint') : multi ? t('question.multiHint') : '';
  const hintId = `${q.id}-hint`;
  const errorId = `${q.id}-error`;
  const [fixed, setFixed] = useKeyedState(props.stateKey, () => '');
  /**
   * "Geen van deze" (an exclusive option) beside another one resolves itself: choosing it clears the
   * others, choosing another clears it. What was cleared is said in a polite live region.
   */
  const toggle = (o: string) => {
    let next = multi ? (chosen.includes(o) ? chosen.filter((x) => x !== o) : [...chosen, o]) : [o];
    let cleared: string[] = [];
    if (multi && !chosen.includes(o)) {
      const exclusive = q.exclusive ?? [];
      cleared = exclusive.includes(o) ? chosen.filter((x) => x !== o) : chosen.filter((x) => exclusive.includes(x));
      next = next.filter((x) => !cleared.includes(x));
    }
    setChosen(next);
    setFixed(cleared.length ? t('questionFix.unchecked', { options: cleared.map((x) => `'${text(`options.${x}`)}'`).join(', '), count: cleared.length }) : '');
    if (next.length && error) props.clearError();
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (!chosen.length) return onSubmit(undefined, multi ? t('error.chooseOne') : t('error.choose'));
    const lone = q.exclusive?.find((x) => chosen.includes(x));
    if (multi && lone && chosen.length > 1) return onSubmit(undefined, t('error.exclusive', { option: text(`options.${lone}`) }));
    // Keep the order of the options, so the same choice is always stored the same way.
    onSubmit(multi ? (q.options ?? []).filter((o) => chosen.includes(o)) : chosen[0]);
  };
  return (
    <form onSubmit={submit} novalidate>
      <div class={`form-group${error ? ' has-error' : ''}`}>
        <fieldset aria-describedby={[hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}>
          <legend>
            <Title {...props} />
          </legend>
          {hint && (
            <p class="hint" id={hintId}>
              {hint}
            </p>
          )}
          {error && (
            <p class="error-message" id={errorId}>
              {error}
            </p>
          )}
          <div class="options">
            {(q.options ?? []).map((o, i) => {
              const oid = i === 0 ? fieldId : `${q.id}-${o}`;
              const ohint = t.exists(`questions:${q.id}.optionHints.${o}`) ? text(`optionHints.${o}`) : '';
              return (
                <div class="option" key={o}>
                  <input
                    id={oid}
                    type={multi ? 'checkbox' : 'radio'}
                    name={q.id}
                    value={o}
                    checked={chosen.includes(o)}
                    aria-invalid={error ? true : undefined}
                    onChange={() => toggle(o)}
                    aria-describedby={ohint ? `${oid}-hint` : undefined}
                  />
                  <label for={oid}>{text(`options.${o}`)}</label>
                  {ohint && (
                    <p class="option-hint" id={`${oid}-hint`}>
                      {ohint}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
          <p class="visually-hidden" aria-live="polite">
            {fixed}
          </p>
        </fieldset>
      </div>
      <button type="submit" class="button">
        {t('question.next')}
      </button>
    </form>
  );
}

function DateQuestion(props: FieldProps & { initial?: string }) {
  const { q, t, text, error, fieldId, onSubmit } = props;
  const initialDate = props.initial && props.initial !== DONT_KNOW ? typedDate(props.initial) : '';
  const [typed, setTyped] = useKeyedState(props.stateKey, () => initialDate);
  const [unknown, setUnknown] = useKeyedState(props.stateKey, () => props.initial === DONT_KNOW);
  const parsed = parseTypedDate(typed);
  const titleId = `${q.id}-title`;
  const problem = (): string | undefined => {
    if (unknown && typed.trim()) return t('error.dateBoth');
    if (unknown) return undefined;
    if (!typed.trim()) return q.dontKnow ? t('error.dateMissing') : t('error.dateInvalid');
    if (!parsed) return t('error.dateInvalid');
    if (q.dates === 'past' && parsed > todayInNL()) return t('error.dateFuture');
    return undefined;
  };
  // An error goes as soon as what is typed is a valid answer.
  useEffect(() => {
    if (error && !problem()) props.clearError();
  }, [typed, unknown]);
  const submit = (e: Event) => {
    e.preventDefault();
    const wrong = problem();
    if (wrong) return onSubmit(undefined, wrong);
    onSubmit(unknown ? DONT_KNOW : parsed);
  };
  return (
    <form onSubmit={submit} novalidate>
      <Title {...props} id={titleId} />
      {/* The spoken echo waits until the date is complete: a 4-digit year (or a month name) and a short pause, or leaving the field. */}
      {/* Its own state ("Je bedoelt …" read out, the field left) belongs to one question. */}
      <TextField
        key={q.id}
        t={t}
        id={fieldId}
        idBase={q.id}
        label={t('question.dateLabel')}
        hint={
          <>
            {t.exists(`questions:${q.id}.hint`) ? `${text('hint')} ` : ''}
            {t('question.dateHint')}
          </>
        }
        error={error}
        value={typed}
        onInput={setTyped}
        date="settled"
        labelledBy={titleId}
        input={{ inputMode: 'text', spellcheck: false }}
      >
        {q.dontKnow && <Checkbox id={`${q.id}-unknown`} label={t('question.dontKnowDate')} checked={unknown} invalid={!!error} onChange={setUnknown} />}
      </TextField>
      <button type="submit" class="button">
        {t('question.next')}
      </button>
    </form>
  );
}
