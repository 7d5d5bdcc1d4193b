import '../share.css';
import { Checkbox } from '../components/Checkbox';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT, type T } from '../../app/i18n';
import { adoptShared, navigate, startOrResume, type AppState } from '../../app/controller';
import { ShareTimelineBox, adoptSharedTimeline } from '../components/ShareTimeline';
import { decode, encode, linkAnswers, LinkTooLong, type Decoded, type Shared } from '../../app/share';
import { questionById } from '../../flow/questions';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { PlanPage } from './PlanPage';
import { LinkBox } from '../components/LinkBox';

/**
 * "#/deel": make a link with the parent's answers (and, if asked, dates and names) in it.
 * "#/deel/<payload>": a plan someone shared. Nothing is stored until the parent chooses so.
 */
export function SharePage({ payload, app }: { payload?: string; app: AppState }) {
  return payload ? <Received payload={payload} app={app} /> : <MakeLink app={app} />;
}

const linkFor = (hash: string) => `${location.origin}${location.pathname}${hash}`;

function MakeLink({ app }: { app: AppState }) {
  const t = useT();
  const [personal, setPersonal] = useState(false);
  const [withTimeline, setWithTimeline] = useState(false);
  const [link, setLink] = useState('');
  const [tooLong, setTooLong] = useState(false);
  const answers = linkAnswers(app.answers, withTimeline ? ShareTimelineBox.data(app) : undefined);
  const has = Object.keys(answers).length > 0;
  useEffect(() => {
    if (!has) return;
    let live = true;
    encode(answers, { includePersonal: personal, letterFields: app.letterFields, ...(withTimeline ? { timeline: ShareTimelineBox.data(app) } : {}) }).then(
      (p) => live && (setLink(linkFor(`#/deel/${p}`)), setTooLong(false)),
      (e: unknown) => live && (setLink(''), setTooLong(e instanceof LinkTooLong)),
    );
    return () => void (live = false);
  }, [personal, withTimeline, app.version]);

  if (!has)
    return (
      <div class="page-share">
        <Heading title={t('share.title')} />
        <p>{t('share.noAnswers')}</p>
        <button type="button" class="button" onClick={() => startOrResume()}>
          {t('share.begin')}
        </button>
      </div>
    );
  return (
    <div class="page-share">
      <Heading title={t('share.title')} />
      <p class="lead">{t('share.lead')}</p>
      <Checkbox id="share-personal" label={t('share.personal')} hint={t('share.personalHint')} checked={personal} onChange={setPersonal} />
      <ShareTimelineBox app={app} checked={withTimeline} onChange={setWithTimeline} />
      <p class="share-warning">
        <strong>{t('share.personalWarning')}</strong> {t('share.bsnNever')}
      </p>
      {tooLong && (
        <p class="error-message" role="alert">
          {t('trustPages.linkTooLong')}
        </p>
      )}
      <LinkBox link={link} label={t('share.linkLabel')} t={t} id="share-link" />
      <p>
        <Link to={{ page: 'plan' }}>{t('share.back')}</Link>
      </p>
    </div>
  );
}

/**
 * Session 37: a plan shared without "Zet ook mijn tijdlijn in de link" is built from the answers only, and the terms that
 * come only from the timeline (an earlier decision's weeks, a meeting's agreements) cannot show. The shared view says so
 * in one calm line (share37.noTimeline). The link cannot tell whether the sender had a timeline (links never carried it, and
 * older links are in use), and telling the receiver that the sender keeps one she chose not to send would say something
 * about her she did not choose to share: the line is neutral and shows for every link without a timeline.
 */
export const withoutTimeline = (s: Shared): boolean => !s.timeline?.events.length;

const hasPersonal = (s: Shared) =>
  !!s.letterFields || Object.entries(s.answers).some(([k, v]) => questionById.get(k)?.type === 'date' && v !== 'weet-niet');

function Received({ payload, app }: { payload: string; app: AppState }) {
  const t = useT();
  const [decoded, setDecoded] = useState<Decoded>();
  const [viewing, setViewing] = useState(false);
  const [replaceFields, setReplaceFields] = useState(false);
  const [ticks, setTicks] = useState<Record<string, true>>({});
  useEffect(() => {
    let live = true;
    void decode(payload).then((d) => live && setDecoded(d));
    return () => void (live = false);
  }, [payload]);
  if (!decoded) return <p>{t('app.loading')}</p>;
  if ('error' in decoded || Object.keys(decoded.answers).length === 0) {
    const tooOld = 'error' in decoded && decoded.error === 'too-old';
    const damaged = 'error' in decoded && decoded.error === 'damaged';
    return (
      <div class="page-share">
        <Heading title={t('share.invalidTitle')} />
        <p>{tooOld ? t('share.tooOld') : damaged ? t('trustPages.shareDamaged') : t('share.invalid')}</p>
        <div class="button-row">
          {tooOld && (
            <button type="button" class="button" onClick={() => location.reload()}>
              {t('share.reload')}
            </button>
          )}
          <Link to={{ page: 'start' }} class={tooOld ? 'button secondary' : 'button'}>
            {t('share.toStart')}
          </Link>
        </div>
      </div>
    );
  }
  const shared = decoded;
  const hasOwn = Object.keys(app.answers).length > 0;
  // The receiver's own letter details are never replaced silently: only with the box ticked.
  const ownFields = Object.keys(app.letterFields).length > 0;
  const clash = !!shared.letterFields && ownFields && Object.entries(shared.letterFields).some(([k, v]) => app.letterFields[k] !== undefined && app.letterFields[k] !== v);
  const use = (
    <button
      type="button"
      class={hasOwn ? 'button secondary' : 'button'}
      onClick={() => (adoptSharedTimeline(shared), adoptShared(shared.answers, shared.letterFields, window, clash && replaceFields))}
      aria-describedby="share-use-hint"
    >
      {t('share.useShared')}
    </button>
  );
  // Keeping one's own answers is the first and main choice.
  const keep = hasOwn && (
    <button type="button" class="button" onClick={() => navigate({ page: 'start' })}>
      {t('share.keepMine')}
    </button>
  );
  const replaces = (
    <div id="share-use-hint" class="hint">
      <p>{t('trustPages.useSharedReplaces')}</p>
      {shared.letterFields && <p>{t('trustPages.sharedFieldsFill')}</p>}
      {clash && <Checkbox id="share-replace-fields" label={t('trustPages.replaceFields')} hint={t('trustPages.replaceFieldsHint')} checked={replaceFields} onChange={setReplaceFields} />}
    </div>
  );
  const unchecked = (shared.unchecked || shared.futureDates) && (
    <>
      {shared.unchecked && (
        <p class="notice" role="status">
          {t('trustPages.shareUnchecked')}
        </p>
      )}
      {/* Session 46: a date after today in the link is read as "weet ik niet" (decode, src/app/share.ts). */}
      {shared.futureDates && (
        <p class="notice" role="status">
          {t('s46.shareFutureDates')}
        </p>
      )}
    </>
  );
  if (viewing) {
    const onTick = (id: string) =>
      setTicks((old) => {
        const next = { ...old };
        if (next[id]) delete next[id];
        else next[id] = true;
        return next;
      });
    return (
      <>
        <div class="shared-banner no-print">
          <p>
            <strong>{t('share.viewing')}</strong>
          </p>
          {unchecked}
          {withoutTimeline(shared) && <p class="share-no-timeline">{t('share37.noTimeline')}</p>}
          <div class="button-row">
            {keep}
            {use}
          </div>
          {replaces}
        </div>
        <PlanPage app={{ ...app, answers: shared.answers, ticks, timeline: shared.timeline }} shared={{ onTick, title: t('trustPages.viewTitle') }} />
      </>
    );
  }
  return (
    <div class="page-share">
      <Heading title={t('share.receivedTitle')} />
      <p class="lead">{t('share.receivedLead')}</p>
      {unchecked}
      {hasPersonal(shared) && <p>{t('share.withPersonal')}</p>}
      <p>{hasOwn ? t('share.ownAnswers') : t('share.noOwn')}</p>
      <div class="button-row">
        {keep}
        {use}
        <button type="button" class="button secondary" onClick={() => setViewing(true)}>
          {t('share.look')}
        </button>
      </div>
      {replaces}
    </div>
  );
}
