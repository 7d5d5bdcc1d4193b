/**
 * Session 80 (s80-gaps, 4): in Arabic a bracketed Dutch term is isolated with its brackets (src/content/compile/bidi.ts
 * isolateLtr, BRACKETED). Before, only the Latin runs inside were isolated: "(⁨speciaal⁩ (⁨basis⁩)⁨onderwijs⁩)" was laid
 * out right to left ("(onderwijs(basis) speciaal)"), and a long term that wrapped had its mirrored opening bracket at the
 * start of one line and its closing one on the next. The first three tests failed on the code before (the brackets stood
 * outside the isolate); the text without the invisible marks, what a screen reader reads, is the same before and after.
 */
import { describe, expect, it } from 'vitest';
import { FSI, isolateLtr, PDI, stripIsolates } from '../../src/content/compile/bidi';
import stepsAr from '../../src/content/generated/steps.ar';
import questionsAr from '../../src/content/generated/questions.ar';

const iso = (s: string) => `${FSI}${s}${PDI}`;
const texts = (o: unknown): string[] => (typeof o === 'string' ? [o] : Array.isArray(o) ? o.flatMap(texts) : o && typeof o === 'object' ? Object.values(o).flatMap(texts) : []);

describe('s80-gaps 4: a bracketed Dutch term in Arabic is one left-to-right unit, brackets included', () => {
  it('a term and its abbreviation, a long name that may wrap', () => {
    expect(isolateLtr('اطلب (ontwikkelingsperspectief, OPP) الآن')).toBe(`اطلب ${iso('(ontwikkelingsperspectief, OPP)')} الآن`);
    expect(isolateLtr('لجنة الاعتراضات الوطنية (Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaring, LBT)، وليس'))
      .toBe(`لجنة الاعتراضات الوطنية ${iso('(Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaring, LBT)')}، وليس`);
  });
  it('a bracket inside the term, and an Arabic comma inside it', () => {
    expect(isolateLtr('التعليم الخاص (speciaal (basis)onderwijs) هنا')).toBe(`التعليم الخاص ${iso('(speciaal (basis)onderwijs)')} هنا`);
    expect(isolateLtr('الخاص (voortgezet speciaal onderwijs، vso)؟')).toBe(`الخاص ${iso('(voortgezet speciaal onderwijs، vso)')}؟`);
  });
  it('the compiled Arabic steps and questions: no Dutch term in brackets left with its brackets outside', () => {
    const all = [...texts(stepsAr), ...texts(questionsAr)];
    expect(all.some((t) => t.includes(iso('(speciaal (basis)onderwijs)')))).toBe(true);
    // "(" + an isolated Latin run + ")" with nothing else inside: the old form.
    const old = new RegExp(`\\(${FSI}[^${PDI}()]*${PDI}\\)`);
    expect(all.filter((t) => old.test(t)).map((t) => t.slice(0, 80))).toEqual([]);
  });
  it('as before: Arabic words in the brackets keep them outside, placeholders are not touched, dates are isolated', () => {
    expect(isolateLtr('(بصيغة docx)')).toBe(`(بصيغة ${iso('docx')})`);
    expect(isolateLtr('يوم ({{date}}) قبل 1-8-2026.')).toBe(`يوم ({{date}}) قبل ${iso('1-8-2026')}.`);
  });
  it('only invisible marks are added: the text a screen reader reads is unchanged', () => {
    for (const s of ['اطلب (ontwikkelingsperspectief, OPP) الآن', 'التعليم الخاص (speciaal (basis)onderwijs) هنا', 'x (a (b) c) (d) ()']) {
      expect(stripIsolates(isolateLtr(s))).toBe(s);
    }
    for (const t of [...texts(stepsAr), ...texts(questionsAr)]) expect(t.split(FSI).length).toBe(t.split(PDI).length);
  });
});
