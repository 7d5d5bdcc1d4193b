import '../review.css';
import { useEffect, useState } from 'preact/hooks';
import { useT, core } from '../../app/i18n';
import { send, type AppState } from '../../app/controller';
import { applicableAnswers, askedQuestions } from '../../flow/route';
import { Heading } from '../components/Heading';
import { afterPaint, useContent } from '../lazy';
import { answerText } from '../answerText';
import { clearReviewOrigin, openedFromReview } from '../editOrigin';

/** Check your answers: grouped by brochure chapter, each with a change link. */
export function ReviewPage({ app }: { app: AppState }) {
  const t = useT();
  const texts = useContent('questions', t.lang);
  // Arriving here ends any "Wijzig": a later "Vorige" on that question walks back as usual.
  useEffect(() => clearReviewOrigin(), []);
  // The first screen (the heading and the first chapter's answers) paints first; the other chapters
  // and "Naar mijn plan" a frame later, so the tap that opens this page shows it sooner.
  const [all, setAll] = useState(false);
  useEffect(() => (!texts.data || all ? undefined : afterPaint(() => setAll(true))), [!!texts.data, all]);
  if (!texts.data) return <p>{texts.failed ? t('app.loadFailed') : t('app.loading')}</p>;
  const kept = applicableAnswers(app.answers);
  const asked = askedQuestions(app.answers);
  const chapters = [...new Set(asked.map((q) => q.chapter))];
  return (
    <div class="page-review">
      <p class="back">
        <a
          href="#"
          class="back-link"
          onClick={(e) => {
            e.preventDefault();
            clearReviewOrigin();
            send({ type: 'BACK' });
          }}
        >
          {t('question.back')}
        </a>
      </p>
      <Heading title={t('review.title')} />
      <p class="lead">{t('review.lead')}</p>
      {(all ? chapters : chapters.slice(0, 1)).map((n) => {
        const meta = core().chapters.find((c) => c.number === n);
        return (
          <section key={n}>
            {meta && <h2 class="h3">{t('question.chapter', { number: String(n), title: meta.title })}</h2>}
            <dl class="summary-list">
              {asked
                .filter((q) => q.chapter === n)
                .map((q) => (
                  <div class="summary-row" key={q.id}>
                    <dt>{t.raw(`questions:${q.id}.summary`)}</dt>
                    <dd>{answerText(q, kept[q.id], t)}</dd>
                    <dd class="summary-action">
                      <a
                        href={`#/vraag/${q.id}`}
                        class="change-link"
                        onClick={(e) => {
                          e.preventDefault();
                          openedFromReview(q.id);
                          send({ type: 'EDIT', question: q.id });
                        }}
                      >
                        {t('review.change')}
                        <span class="visually-hidden">: {t.raw(`questions:${q.id}.title`)}</span>
                      </a>
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        );
      })}
      {all && (
        <button
          type="button"
          class="button"
          onClick={() => {
            send({ type: 'CONFIRM' });
          }}
        >
          {t('review.toPlan')}
        </button>
      )}
    </div>
  );
}
