import { questionById } from '../flow/questions';
import { isLang, type Lang } from './i18n';
import { parseContact, type ContactCard } from './contact';

/**
 * Links from an ouder- en jeugdsteunpunt: "#/?situatie=tlv,thuiszitten&taal=en" pre-selects the
 * situation(s) and the language. Everything sits after "#", so it never reaches a server.
 * Unknown parameters are ignored; known ones with bad values are dropped and reported.
 */
export interface LinkParams {
  situations?: string[];
  lang?: Lang;
  /** The steunpunt's contact card (org, naam, tel, email, web, regio, open), see contact.ts. */
  contact?: ContactCard;
  /** Names of parameters whose values were dropped, for a short notice. */
  ignored: string[];
}

const MAX_VALUE = 200;

export function parseLinkParams(hash: string): LinkParams {
  const q = hash.indexOf('?');
  const out: LinkParams = { ignored: [] };
  if (q < 0) return out;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.slice(q + 1));
  } catch {
    return out;
  }
  const situationOptions = (questionById.get('situatie')?.options ?? []).filter((o) => o !== 'lezen');
  const s = params.get('situatie');
  if (s !== null) {
    const wanted = s.length <= MAX_VALUE ? s.split(',').map((x) => x.trim().toLowerCase()) : [];
    const known = [...new Set(wanted.filter((x) => situationOptions.includes(x)))];
    if (known.length) out.situations = known;
    if (known.length !== wanted.length || !known.length) out.ignored.push('situatie');
  }
  // Any language this build offers (src/languages.ts with a content folder): nl, en, ar, tr, pl, uk.
  const taal = params.get('taal')?.trim().toLowerCase() ?? null;
  if (taal !== null) {
    if (isLang(taal)) out.lang = taal;
    else out.ignored.push('taal');
  }
  const c = parseContact((k) => params.get(k));
  if (c.card) out.contact = c.card;
  out.ignored.push(...c.ignored);
  return out;
}

/** The hash without its query part, once the parameters have been taken in. */
export const stripQuery = (hash: string): string => hash.split('?')[0] || '#/';
