import '../share.css';
import { Checkbox } from '../components/Checkbox';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LANGS, useT } from '../../app/i18n';
import { CONTACT_KEYS, isEmail, isPhone, isWeb, type ContactKey } from '../../app/contact';
import { questionById } from '../../flow/questions';
import { Heading } from '../components/Heading';
import { LinkBox } from '../components/LinkBox';

/**
 * For ouder- en jeugdsteunpunten: a link to the wegwijzer with the situation(s), the language and
 * their contact card (README "Links for steunpunten"), its QR code and a printable A5 flyer.
 */
const SITUATIONS = (questionById.get('situatie')?.options ?? []).filter((o) => o !== 'lezen');
const INPUT: Partial<Record<ContactKey, 'tel' | 'email' | 'url'>> = { tel: 'tel', email: 'email', web: 'url' };
const AUTOCOMPLETE: Partial<Record<ContactKey, string>> = { org: 'organization', naam: 'name', tel: 'tel', email: 'email', web: 'url' };

/** Why a value would not work as a link, if so (the text then still goes in, except a bad website). */
function problem(k: ContactKey, v: string): 'badTel' | 'badEmail' | 'badWeb' | undefined {
  if (!v) return undefined;
  if (k === 'tel' && !isPhone(v)) return 'badTel';
  if (k === 'email' && !isEmail(v)) return 'badEmail';
  if (k === 'web' && !isWeb(v)) return 'badWeb';
  return undefined;
}

/**
 * The half-built card survives a reload: kept in this tab's sessionStorage (gone when the tab
 * closes, and removed by "Wis mijn gegevens"), never sent anywhere.
 */
export const DRAFT_KEY = 'wegwijzer.pro-draft';
interface Draft {
  situations: string[];
  lang: string;
  card: Partial<Record<ContactKey, string>>;
}
function loadDraft(): Draft | undefined {
  try {
    const v: unknown = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null');
    if (!v || typeof v !== 'object') return undefined;
    const d = v as Record<string, unknown>;
    const card: Partial<Record<ContactKey, string>> = {};
    const c = d['card'];
    if (c && typeof c === 'object') for (const k of CONTACT_KEYS) if (Object.hasOwn(c, k) && typeof (c as Record<string, unknown>)[k] === 'string') card[k] = ((c as Record<string, string>)[k] ?? '').slice(0, 200);
    const situations = Array.isArray(d['situations']) ? d['situations'].filter((x): x is string => typeof x === 'string' && SITUATIONS.includes(x)) : [];
    const lang = LANGS.some(({ code }) => code === d['lang']) ? (d['lang'] as string) : undefined;
    return lang ? { situations, lang, card } : undefined;
  } catch {
    return undefined;
  }
}

export function ProfessionalsPage() {
  const t = useT();
  const [draft] = useState(loadDraft);
  const [situations, setSituations] = useState<string[]>(draft?.situations ?? []);
  const [lang, setLang] = useState<string>(draft?.lang ?? t.lang);
  const [card, setCard] = useState<Partial<Record<ContactKey, string>>>(draft?.card ?? {});
  // Written right after the render (not a frame later), so a reload at once after typing keeps it.
  useLayoutEffect(() => {
    try {
      const empty = !situations.length && !Object.values(card).some(Boolean);
      if (empty) sessionStorage.removeItem(DRAFT_KEY);
      else sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ situations, lang, card }));
    } catch {
      /* no session storage: the card only lives on the page */
    }
  }, [situations, lang, card]);

  const params = new URLSearchParams();
  if (situations.length) params.set('situatie', SITUATIONS.filter((s) => situations.includes(s)).join(','));
  params.set('taal', lang);
  for (const k of CONTACT_KEYS) {
    const v = (card[k] ?? '').trim();
    if (v && problem(k, v) !== 'badWeb') params.set(k, v);
  }
  const link = `${location.origin}${location.pathname}#/?${params.toString()}`;
  const toggle = (s: string) => setSituations((old) => (old.includes(s) ? old.filter((x) => x !== s) : [...old, s]));
  const filled = (k: ContactKey) => (card[k] ?? '').trim();

  return (
    <div class="page-professionals">
      <div class="no-print">
        <Heading title={t('professionals.title')} />
        <p class="lead">{t('professionals.lead')}</p>
        <p>{t('professionals.private')}</p>
        {draft && Object.values(draft.card).some(Boolean) && <p class="notice">{t('trustPages.draftKept')}</p>}
        <fieldset class="form-group" aria-describedby="pro-situations-hint">
          <legend>
            <h2 class="h3">{t('professionals.situations')}</h2>
          </legend>
          <p id="pro-situations-hint" class="hint">
            {t('professionals.situationsHint')}
          </p>
          <div class="options">
            {SITUATIONS.map((s) => (
              <Checkbox key={s} id={`pro-s-${s}`} label={t.raw(`questions:situatie.options.${s}`)} checked={situations.includes(s)} onChange={() => toggle(s)} />
            ))}
          </div>
        </fieldset>
        <fieldset class="form-group">
          <legend>
            <h2 class="h3">{t('professionals.language')}</h2>
          </legend>
          <div class="options">
            {LANGS.map(({ code: l, name, dir }) => (
              <div class="option" key={l}>
                <input id={`pro-lang-${l}`} type="radio" name="pro-lang" value={l} checked={lang === l} onChange={() => setLang(l)} />
                <label for={`pro-lang-${l}`} lang={l} dir={dir}>
                  {name}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset class="form-group" aria-describedby="pro-card-hint">
          <legend>
            <h2 class="h3">{t('professionals.card')}</h2>
          </legend>
          <p id="pro-card-hint" class="hint">
            {t('professionals.cardHint')}
          </p>
          {CONTACT_KEYS.map((k) => {
            const p = problem(k, filled(k));
            const hint = k === 'web' ? 'pro-web-hint' : '';
            return (
              <div class={`form-group${p ? ' has-error' : ''}`} key={k}>
                <label for={`pro-${k}`} class="label">
                  {t(`professionals.${k}`)}
                </label>
                {hint && (
                  <p id={hint} class="hint">
                    {t('professionals.webHint')}
                  </p>
                )}
                {p && (
                  <p id={`pro-${k}-error`} class="error-message">
                    {t(`professionals.${p}`)}
                  </p>
                )}
                <input
                  id={`pro-${k}`}
                  class="input"
                  type={(INPUT[k] ?? 'text') as 'text'}
                  autocomplete={AUTOCOMPLETE[k] ?? 'off'}
                  maxLength={200}
                  value={card[k] ?? ''}
                  aria-invalid={p ? 'true' : undefined}
                  aria-describedby={[hint, p ? `pro-${k}-error` : ''].filter(Boolean).join(' ') || undefined}
                  onInput={(e) => setCard((c) => ({ ...c, [k]: e.currentTarget.value }))}
                />
              </div>
            );
          })}
        </fieldset>
      </div>
      <div class="no-print">
        <LinkBox link={link} label={t('professionals.link')} t={t} id="pro-link" qr={false} />
        <button type="button" class="button secondary" onClick={() => window.print()}>
          {t('professionals.print')}
        </button>
      </div>
      <Flyer
        link={link}
        address={`${location.origin}${location.pathname}`}
        card={{
          org: filled('org'),
          naam: filled('naam'),
          tel: filled('tel'),
          email: filled('email'),
          web: problem('web', filled('web')) ? '' : filled('web'),
          regio: filled('regio'),
          open: filled('open'),
        }}
      />
    </div>
  );
}

/**
 * The A5 flyer: on screen a preview, on paper the only thing printed (see print CSS). Beside the QR
 * code: the wegwijzer's address as readable text (for who cannot scan), the contact and opening hours.
 */
function Flyer({ link, address, card }: { link: string; address: string; card: Record<ContactKey, string> }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const label = t('share.qrLabel');
  useEffect(() => {
    let live = true;
    import('../../app/export/qr').then(
      (qr) => {
        if (!live || !box.current) return;
        try {
          box.current.replaceChildren(qr.qrSvgSized(link, label));
          setTooLarge(false);
        } catch {
          box.current.replaceChildren();
          setTooLarge(true);
        }
      },
      () => undefined,
    );
    return () => void (live = false);
  }, [link, label]);
  const row = (label: string, value: string) =>
    value && (
      <p>
        {label}: {value}
      </p>
    );
  return (
    <section class="flyer" aria-labelledby="flyer-title">
      <h2 id="flyer-title">{t('professionals.flyerTitle')}</h2>
      <p>{t('professionals.flyerText')}</p>
      <div class="flyer-body">
        <div ref={box} class="qr-box" />
        {tooLarge && <p class="error-message">{t('trustPages.qrTooLarge')}</p>}
        <div class="flyer-contact">
          <p class="flyer-address">
            {t('trustPages.flyerAddress')}: <span class="url">{address}</span>
          </p>
          {card.org && <p class="contact-org">{card.org}</p>}
          {(card.naam || card.regio) && <p>{[card.naam, card.regio].filter(Boolean).join(', ')}</p>}
          {row(t('contactCard.tel'), card.tel)}
          {row(t('contactCard.email'), card.email)}
          {row(t('contactCard.web'), card.web)}
          {row(t('contactCard.open'), card.open)}
        </div>
      </div>
    </section>
  );
}
