import '../timeline.css';
import { useT } from '../../app/i18n';
import type { AppState } from '../../app/controller';
import { formatDateShort, todayInNL } from '../../rules/dates';
import { formatDateInText } from '../../rules/dateInText';
import { lateFlags, type LateFlag } from '../../timeline/model';
import { timelineOf } from './timelineDoor';
import { toc } from '../lazy';
import { Link } from './Link';

/** On the plan: the "te laat?" flags from the timeline, with the letter that chases each, and the way to the timeline. */
export function TimelineOnPlan({ app }: { app: AppState }) {
  const t = useT();
  const tl = timelineOf(app);
  const flags = lateFlags(app.answers, tl.events, todayInNL(), tl.base);
  return (
    <section class="timeline-on-plan" aria-labelledby="plan-late-title">
      {flags.length > 0 && (
        <div class="alert late-flags">
          <h2 id="plan-late-title">{t('timeline.late')}</h2>
          <ul>
            {flags.map((f) => (
              <li key={f.id}>
                <LateFlagText flag={f} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="no-print">
        <Link to={{ page: 'timeline' }}>{flags.length ? t('timeline.lateDone') : t('timeline.fromPlan')}</Link>
      </p>
    </section>
  );
}

/** One "te laat?" flag: the term and its dates, what to check, and the letter that chases it (the plan and the timeline page). */
export function LateFlagText({ flag: f }: { flag: LateFlag }) {
  const t = useT();
  return (
    <>
      <p>
        <strong>{t('timeline.lateItem', { what: t.raw(`ui:timeline.lateKind.${f.id}`), start: formatDateShort(f.start, t.lang), due: formatDateInText(f.due, t.lang) })}</strong>
      </p>
      {f.uncertain && <p class="check">{t('timeline.lateCheck')}</p>}
      {f.orLater && (
        <p class="check">
          {f.extendedLate
            ? t('timeline.lateExtendedLate', { verlengd: formatDateInText(f.extendedLate, t.lang), due: formatDateInText(f.orLater, t.lang) })
            : t('timeline.lateExtended', { due: formatDateInText(f.orLater, t.lang) })}
        </p>
      )}
      {f.newSchoolYear && <p class="check">{t('timeline.lateNewSchoolYear')}</p>}
      {f.letter && (
        <p class="no-print">
          <Link to={{ page: 'letter', id: f.letter }}>{t('timeline.lateLetter', { title: toc(t.lang).letterTitles[f.letter] ?? f.letter })}</Link>
        </p>
      )}
    </>
  );
}
