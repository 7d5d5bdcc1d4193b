import '../timeline.css';
import { loadTimelineCode, preloadTimelineCode, timelineCode } from '../../app/timeline-code';
import { useRef, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { getState, type AppState } from '../../app/controller';
import { commitTimeline, timelineOf } from './timelineDoor';
import { formatDate, parseTypedDate, todayInNL, typedDate } from '../../rules/dates';
import { formatDateInText } from '../../rules/dateInText';
import { HOWS, LETTER_KIND, type How } from '../../timeline/effects';
import { addEvent, isLegal, newEventId, sentLetterTarget } from '../../timeline/model';
import { Link } from './Link';

/**
 * "Ik heb deze brief verstuurd op …": logs the letter in the timeline in one tap (today, by e-mail,
 * unless changed). A letter that starts a term (an objection, a dossier request) starts it, through
 * the same door as every timeline event. Rendered once from the letter page.
 * Session 65: `pick`, the bezwaar letter's besluit_keuze as the letter shows it: with two decisions open, the logged bezwaar
 * says which one it is against (TimelineEvent.against, sentLetterTarget), so that step leaves the plan and the other stays.
 */
export function LetterSent({ id, app, pick }: { id: string; app: AppState; pick?: string }) {
  const t = useT();
  const today = todayInNL();
  const [typed, setTyped] = useState(typedDate(today));
  const [how, setHow] = useState<How>('e-mail');
  const [done, setDone] = useState<{ date: string; clock: boolean; receipt: boolean } | undefined>();
  const [error, setError] = useState('');
  const parsed = parseTypedDate(typed);
  const map = LETTER_KIND[id] ?? { kind: 'brief' as const, parties: ['school' as const] };
  // A tap while the timeline's code still loads (below) logs nothing more: one letter, one event.
  const saving = useRef(false);
  const log = () => {
    if (saving.current) return;
    if (!parsed) return setError(t('timeline.errorDate'));
    if (parsed > today) return setError(t('timeline.errorFuture'));
    setError('');
    const against = map.kind === 'bezwaar-ingediend' ? sentLetterTarget(id, pick, app.answers) : undefined;
    const save = () => {
      // Read when saved, not when tapped: what the app holds after the wait (another tab may have logged meanwhile).
      const now = getState();
      commitTimeline(addEvent(now.answers, timelineOf(now), { id: newEventId(), date: parsed, kind: map.kind, parties: [...map.parties], how, note: '', letter: id, ...(against ? { against } : {}) }));
      setDone({ date: parsed, clock: isLegal(map.kind), receipt: map.kind === 'aanmelding-verstuurd' });
    };
    // Session 81: the letter page shows a plan's terms, so with a first event it waits for the timeline's plan code
    // (TimelineGate). That code first, then the event: the page then does not go to "Even laden" and back, which would
    // drop the confirmation below. Saved also when the code cannot load (the gate then says so).
    saving.current = true;
    if (timelineCode()) save();
    else void loadTimelineCode().catch(() => undefined).then(save);
  };
  const warm = preloadTimelineCode;
  return (
    // The parent starts on the form: the timeline's code starts loading, so the tap seldom waits for it.
    <section class="letter-sent no-print" aria-labelledby="letter-sent-title" onFocusIn={warm} onPointerDown={warm}>
      <h2 id="letter-sent-title">{t('timeline.sent.title')}</h2>
      <p>{t('timeline.sent.lead')}</p>
      <div class="letter-sent-row">
        <div class={`form-group${error ? ' has-error' : ''}`}>
          <label class="label" for="sent-date">
            {t('timeline.sent.date')}
          </label>
          {error && (
            <p class="error-message" id="sent-date-error">
              {error}
            </p>
          )}
          <input id="sent-date" class="input date-input" type="text" autoComplete="off" value={typed} aria-invalid={error ? true : undefined} aria-describedby={error ? 'sent-date-error sent-date-means' : 'sent-date-means'} onInput={(e) => setTyped((e.target as HTMLInputElement).value)} />
          <p class="date-means" id="sent-date-means" aria-live="polite">
            {parsed ? t('question.dateMeans', { date: formatDate(parsed, t.lang) }) : ''}
          </p>
        </div>
        <div class="form-group">
          <label class="label" for="sent-how">
            {t('timeline.sent.how')}
          </label>
          <select id="sent-how" class="input" value={how} onChange={(e) => setHow((e.target as HTMLSelectElement).value as How)}>
            {HOWS.map((h) => (
              <option key={h} value={h}>
                {t.raw(`ui:timeline.hows.${h}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {/* Once logged, the button goes: a second tap would log the same letter twice. */}
      {!done && (
        <button type="button" class="button secondary" onClick={log}>
          {t('timeline.sent.button')}
        </button>
      )}
      <div role="status">
        {done && (
          <>
            <p>{t('timeline.sent.done', { date: formatDateInText(done.date, t.lang) })}</p>
            {done.clock && <p>{t('timeline.sent.clock')}</p>}
            {done.receipt && <p>{t('timeline.sent.receipt')}</p>}
            <p>
              <Link to={{ page: 'timeline' }}>{t('timeline.sent.open')}</Link>
            </p>
          </>
        )}
      </div>
    </section>
  );
}
