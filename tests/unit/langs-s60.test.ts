import { describe, expect, it } from 'vitest';
import { content, flatUnits, OTHERS } from './lang-texts';

/**
 * Session 60 translation review. The TLV has a name in each glossary ("kabul beyanı (toelaatbaarheidsverklaring, TLV)",
 * "довідка про допуск (…, TLV)"), and most texts give it before "(TLV)". Two new meeting steps (tl57 besluitSwv,
 * besluitSchoolSwv) said Turkish "kabul belgesi (TLV)" and Ukrainian "дозвіл на зарахування (TLV)": a parent who looks
 * the word up finds another one, and the Ukrainian one reads as "permission to enrol", close to the registration
 * ("заява на зарахування"), which is not the samenwerkingsverband's decision. langs-s26's departed-term check reads only
 * "(toelaatbaarheidsverklaring", not the abbreviation, and only wordings that begin with the heading's first word.
 *
 * The rule: the word just before "(TLV)" is the glossary heading's last word (declined: the first letters of its stem)
 * or the Dutch word itself (Polish texts write "toelaatbaarheidsverklaring (TLV)").
 */
/** A word without a link's bracket, the Arabic article or a one-letter prefix (و ب ل), lower case. */
const bare = (w: string) => w.replace(/^[[(„«"']+/, '').toLowerCase().replace(/^و?[بل]?(ال)?/, '');
const stem = (w: string) => { const b = bare(w); return b.slice(0, Math.max(3, b.length - 2)); };

export function otherTlvNames(lang: string, head: string, units: [string, string][]): string[] {
  const last = head.trim().split(/\s+/).pop()!;
  const out: string[] = [];
  for (const [id, raw] of units) {
    const text = raw.replace(/[\u2066-\u2069]/g, '');
    for (const m of text.matchAll(/(\S+) \(TLV\)/g)) {
      const w = bare(m[1]!);
      if (w.startsWith(stem(last)) || w.startsWith('toelaatbaarheidsverklaring')) continue;
      out.push(`${lang} ${id}: "${m[0]}", the glossary's name is "${head}"`);
    }
  }
  return out;
}

describe('the TLV-name check itself', () => {
  it('finds another name before "(TLV)" and lets the heading pass, declined', () => {
    expect(otherTlvNames('tr', 'kabul beyanı', [['x', 'Konu bir kabul belgesi (TLV) miydi?']])).toHaveLength(1);
    expect(otherTlvNames('uk', 'довідка про допуск', [['x', 'Йшлося про дозвіл на зарахування (TLV)?']])).toHaveLength(1);
    expect(otherTlvNames('tr', 'kabul beyanı', [['x', 'bir [kabul beyanına (TLV)](x)']])).toEqual([]);
    expect(otherTlvNames('uk', 'довідка про допуск', [['x', 'Ідеться про довідку про допуск (TLV)?']])).toEqual([]);
    expect(otherTlvNames('ar', 'إذن القبول', [['x', 'وإذن القبول (TLV)']])).toEqual([]);
    expect(otherTlvNames('pl', 'orzeczenie o dopuszczeniu', [['x', 'wniosek o toelaatbaarheidsverklaring (TLV)']])).toEqual([]);
  });
});

describe.each(OTHERS)('translation %s: the TLV by its glossary name', (lang) => {
  it('the word before "(TLV)" is the glossary heading\'s (failed before: tr and uk ui:tl57.meetingStep.besluitSwv/besluitSchoolSwv)', () => {
    const g = content[lang]!.glossary.find((x) => x.id === 'toelaatbaarheidsverklaring')!;
    const head = g.term.replace(/[\u2066-\u2069]/g, '').replace(/\s*\(.*\)\s*$/, '');
    expect(otherTlvNames(lang, head, flatUnits(content[lang]!))).toEqual([]);
  });
});

/**
 * Ukrainian "заява на зарахування" is the registration (aanmelding), from which the school's 6 weeks run. Ten texts,
 * five of them new in session 57 about a child enrolled nowhere, called the school's TLV application "заява на TLV"
 * too, in the same texts that tell the parent to make "заява на зарахування": two things a parent may mix up, one of
 * them hers and one the school's. The glossary and twenty other texts say "запит на TLV".
 */
describe('uk: the TLV application is a "запит", never the registration\'s "заява"', () => {
  it('no "заява/заяву/заяви/заявою на TLV" (failed before on 10 texts: five ui:s57.*, warnings tlv-zonder-opp, kleuter-so, opp-instemming-blijft, step tlv-aanvraag-inzien)', () => {
    const hits = flatUnits(content.uk!).filter(([, s]) => /заяв\p{L}* на TLV|із заявою на TLV/iu.test(s)).map(([id]) => id);
    expect(hits).toEqual([]);
  });
});

/**
 * Ukrainian klachtLooptGeenGpo.late / klachtLooptOpp.late (ui) and klacht-loopt.late (steps) said "подивіться в
 * klachtenregeling" and "Запитайте klachtencommissie": the Dutch words alone, undeclined, where every other text of every
 * translation gives the name in its language with the Dutch word in brackets ("правила щодо скарг (klachtenregeling)",
 * "комісія зі скарг (klachtencommissie)"). Letters (bodies stay Dutch) and the glossary (lists the Dutch word) are left out.
 */
describe.each(OTHERS)('translation %s: klachtenregeling and klachtencommissie only in brackets', (lang) => {
  it('never the Dutch word alone outside letters and the glossary (failed before on 3 uk texts)', () => {
    const bare = flatUnits(content[lang]!)
      .filter(([id]) => !id.startsWith('letter:') && !id.startsWith('glossary:'))
      .filter(([, s]) => /(?<!\()\bklachten(regeling|commissie)\b(?!\))/i.test(s.replace(/[\u2066-\u2069]/g, '')))
      .map(([id]) => id);
    expect(bare).toEqual([]);
  });
});
