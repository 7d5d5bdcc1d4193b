/**
 * Letters: every placeholder is known and either filled or visibly marked, and whatever a parent
 * types (quotes, ampersands, angle brackets, emoji, very long text) comes out as the same plain text
 * in the letter, the mailto: link, the .txt and the .docx.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile/compile';
import type { LanguageContent } from '../../src/content/compile/load';
import { CHOICE_FIELDS, LETTER_FIELDS, OPTIONAL_FIELDS, PICK_FIELDS, fillLetter, letterText, type LetterField } from '../../src/rules/letters';
import { MAILTO_MAX, composeLetter, decodeMailPart, encodeMailPart, fileName, mailFor, mailtoUrl, splitLetter } from '../../src/app/export/mail';
import { CONTENT_TYPES, DOCX_TYPE, docxBlob, docxBytes, documentXml, escapeXml } from '../../src/app/export/docx';
import { crc32, unzipStore, zipStore } from '../../src/app/export/zip';
import { textBlob } from '../../src/app/export/download';
import { containsBsnLike, editPrivacy, letterEditKey } from '../../src/app/export/edit';
import { MemoryStore, saveJson, wipe } from '../../src/app/storage';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let content: LanguageContent[];
beforeAll(() => {
  const result = compileContent(ROOT);
  expect(result.problems).toEqual([]);
  content = result.content;
});

const labelsOf = (c: LanguageContent) => (c.ui['letterField'] ?? {}) as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([a-zA-Z_]+)\s*\}\}/g)].map((m) => m[1]!);

/** Exactly 5,000 characters (UTF-16 units), no emoji cut in half, no space at the end. */
const LONG = (() => {
  let s = '';
  for (let i = 0; ; i++) {
    const part = `regel ${i} & <b>"${i}"</b> 😀\n`;
    if (s.length + part.length > 4999) break;
    s += part;
  }
  return s.padEnd(5000, 'x');
})();
const NASTY = [
  `Fatima "Fa" O'Brien`,
  'De Wit & Zn.',
  '<script>alert(1)</script> & "quotes"',
  '<b>vet</b> a < b > c',
  '&amp; &lt; &#x3C; %20 %0A + = ? #',
  '👩‍👧 Noah 🧒🏽 — “gekrulde” ‘quotes’ ü é ß ĳ',
  LONG,
];

/** Text back out of word/document.xml: one line per <w:p>, <w:t> contents unescaped, <w:tab/> as a tab. */
function docxText(xml: string): string {
  const body = /<w:body>([\s\S]*)<w:sectPr/.exec(xml)?.[1] ?? '';
  const paras = body.match(/<w:p\/>|<w:p>[\s\S]*?<\/w:p>/g) ?? [];
  const unescape = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
  return paras
    .map((p) => [...p.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? '\t' : unescape(m[1]))).join(''))
    .join('\n');
}

const files = (bytes: Uint8Array) => Object.fromEntries(unzipStore(bytes).map((e) => [e.name, new TextDecoder().decode(e.data)]));

describe('letter placeholders', () => {
  it('the content has all 16 letters in both languages', () => {
    for (const c of content) expect(c.letters.length, c.lang).toBe(16);
  });

  it('every placeholder in every letter (subject and body, nl and en) is a known field with a label', () => {
    let count = 0;
    for (const c of content) {
      const labels = labelsOf(c);
      for (const l of c.letters) {
        for (const p of [...placeholders(l.subject), ...placeholders(l.body)]) {
          count++;
          expect(LETTER_FIELDS, `${c.lang}/${l.id}: {{${p}}}`).toContain(p);
          expect(labels[p], `${c.lang} label for ${p}`).toBeTruthy();
        }
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('with no values every placeholder shows as "[label]"; with values each one is filled; none is left as {{…}}', () => {
    for (const c of content) {
      const labels = labelsOf(c);
      const label = (f: LetterField) => labels[f]!;
      for (const l of c.letters) {
        const fields = placeholders(l.body) as LetterField[];
        const empty = letterText(fillLetter(l.body, {}), label);
        expect(empty, l.id).not.toMatch(/\{\{|\}\}/);
        // Session 47: an optional paragraph (OPTIONAL_FIELDS) with no value is left out, blank line and all.
        for (const f of fields) {
          if (OPTIONAL_FIELDS.includes(f)) expect(empty, `${l.id}: ${f}`).not.toContain(`[${label(f)}]`);
          else expect(empty, `${l.id}: ${f}`).toContain(`[${label(f)}]`);
        }
        expect(empty, l.id).not.toMatch(/\n\n\n/);

        // Session 60: a field that decides a choice block (CHOICE_FIELDS) takes the block's place when it has a value: left
        // empty here, so every other placeholder shows; the choice fields on their own below.
        // Session 64: a pick field (PICK_FIELDS) is never letter text: it picks one of its block's lines (below).
        const values = Object.fromEntries(LETTER_FIELDS.filter((f) => !CHOICE_FIELDS.includes(f) && !PICK_FIELDS.includes(f)).map((f) => [f, `«${f}»`]));
        const full = letterText(fillLetter(l.body, values), label);
        expect(full, l.id).not.toMatch(/\{\{|\}\}/);
        const shown = fields.filter((f) => !CHOICE_FIELDS.includes(f) && !PICK_FIELDS.includes(f));
        for (const f of shown) {
          expect(full, `${l.id}: ${f}`).toContain(`«${f}»`);
          expect(full, `${l.id}: ${f}`).not.toContain(`[${label(f)}]`);
        }
        expect(full.split('«').length - 1).toBe(shown.length);
        for (const f of fields.filter((x) => CHOICE_FIELDS.includes(x))) {
          const decided = letterText(fillLetter(l.body, { ...values, [f]: `«${f}»` }), label);
          const block = decided.split('\n\n').find((p) => p.includes(`«${f}»`));
          expect(block, `${l.id}: ${f}`).toBe(`«${f}»`);
          expect(decided, l.id).not.toMatch(/\n\n\n|\{\{/);
        }
        // Session 64: "2" keeps the block's second line to choose from, without its leading "[…]"; "2?" with it; the
        // instruction and the other line go. A value that names no line ("9") leaves the choice as it was.
        for (const f of fields.filter((x) => PICK_FIELDS.includes(x))) {
          const block = l.body.split('\n\n').find((p) => p.endsWith(`{{${f}}}`))!.split('\n');
          // Session 70 (s70-left): a block with one line to choose from (herinnering-besluit's hulp_keuze: the line without
          // its removal instruction) is picked with "1"; the others with "2", their second line, as before.
          const n = Math.min(2, block.length - 2);
          const second = letterText(fillLetter(block[n]!, values), label);
          const picked = letterText(fillLetter(l.body, { ...values, [f]: String(n) }), label);
          expect(picked, `${l.id}: ${f}`).toContain(`\n\n${second.replace(/^\[[^\]]*\]\s*/, '')}\n\n`);
          expect(picked, `${l.id}: ${f}`).not.toContain(block[0]!);
          if (n > 1) expect(picked, `${l.id}: ${f}`).not.toContain(letterText(fillLetter(block[1]!, values), label));
          expect(letterText(fillLetter(l.body, { ...values, [f]: `${n}?` }), label), `${l.id}: ${f}`).toContain(`\n\n${second}\n\n`);
          expect(letterText(fillLetter(l.body, { ...values, [f]: '9' }), label), `${l.id}: ${f}`).toBe(full);
        }
      }
    }
  });

  it('marks only what is missing: a filled school name shows, an empty one is "[naam van de school]"', () => {
    const nl = content.find((c) => c.lang === 'nl')!;
    const letter = nl.letters.find((l) => l.id === 'schriftelijke-aanmelding')!;
    const label = (f: LetterField) => labelsOf(nl)[f]!;
    expect(letterText(fillLetter(letter.body, {}), label)).toContain('[naam van de school]');
    const filled = letterText(fillLetter(letter.body, { school_naam: 'De Notenboom', kind_naam: '   ' }), label);
    expect(filled).toContain('De Notenboom');
    expect(filled).not.toContain('[naam van de school]');
    expect(filled).toContain('[volledige naam van je kind]'); // blank counts as missing
  });
});

describe('what a parent types comes out as the same plain text', () => {
  const letterWith = (v: string) => {
    const nl = content.find((c) => c.lang === 'nl')!;
    const l = nl.letters.find((x) => x.id === 'schriftelijke-aanmelding')!;
    const values = Object.fromEntries(LETTER_FIELDS.map((f) => [f, v]));
    const label = (f: LetterField) => labelsOf(nl)[f]!;
    return composeLetter(letterText(fillLetter(l.subject, values), label), letterText(fillLetter(l.body, values), label));
  };

  it.each(NASTY.map((v) => [v.slice(0, 40), v]))('in letterText: %s', (_, v) => {
    const text = letterWith(v);
    const times = placeholders(content.find((c) => c.lang === 'nl')!.letters.find((x) => x.id === 'schriftelijke-aanmelding')!.body).length + 1;
    expect(text.split(v).length - 1).toBe(times);
    if (!v.includes('&amp;')) expect(text).not.toContain('&amp;');
    if (!v.includes('&lt;')) expect(text).not.toContain('&lt;');
  });

  it.each(NASTY.map((v) => [v.slice(0, 40), v]))('in the mailto: link: %s', (_, v) => {
    expect(decodeMailPart(encodeMailPart(v))).toBe(v);
    const url = mailtoUrl(`Aanmelding van ${v}`, `Beste directeur,\n\n${v}\n`);
    expect(url).not.toMatch(/[\s<>"'\n]/);
    const [, query] = url.split('?');
    const parts = Object.fromEntries(query!.split('&').map((p) => p.split('=') as [string, string]));
    expect(Object.keys(parts)).toEqual(['subject', 'body']);
    expect(decodeMailPart(parts['subject']!)).toBe(`Aanmelding van ${v}`);
    expect(decodeMailPart(parts['body']!)).toBe(`Beste directeur,\n\n${v}\n`);
  });

  it.each(NASTY.map((v) => [v.slice(0, 40), v]))('in the .txt: %s', async (_, v) => {
    const text = letterWith(v);
    const blob = textBlob(text);
    expect(blob.type).toBe('text/plain;charset=utf-8');
    expect(await blob.text()).toBe(text);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(await blob.arrayBuffer())).toBe(text);
  });

  it.each(NASTY.map((v) => [v.slice(0, 40), v]))('in the .docx: %s', (_, v) => {
    const text = letterWith(v);
    const f = files(docxBytes(text));
    expect(Object.keys(f).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    const xml = f['word/document.xml']!;
    expect(docxText(xml)).toBe(text);
    expect(xml.match(/<w:p[ />]/g)!.length).toBe(text.split('\n').length);
    // Take away the writer's own markup: what is left is data, with no raw < > and only entities after &.
    const data = xml.replace(/^<\?xml[^>]*\?>\n/, '').replace(/<\/?w:[A-Za-z]+(?:\s+[\w:]+="[^"<>&]*")*\s*\/?>/g, '');
    expect(data).not.toMatch(/[<>]/);
    expect(data.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toContain('&');
  });

  it('mail: any text survives encode then decode (line breaks as \\n)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(decodeMailPart(encodeMailPart(s))).toBe(s.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });
});

describe('mailto: length rule', () => {
  it('a short letter opens; 5,000 characters do not (copied instead)', () => {
    expect(LONG.length).toBe(5000);
    const short = mailFor(composeLetter('Aanmelding van Noah', 'Beste directeur,\n\nHierbij meld ik Noah aan.'));
    expect(short.fits).toBe(true);
    expect(short.url.startsWith('mailto:?subject=Aanmelding%20van%20Noah&body=Beste%20directeur%2C%0D%0A%0D%0A')).toBe(true);
    const long = mailFor(composeLetter('Onderwerp', LONG));
    expect(long.url.length).toBeGreaterThan(MAILTO_MAX);
    expect(long.fits).toBe(false);
  });

  it('exactly 1800 characters still opens, 1801 does not', () => {
    const base = mailFor(composeLetter('S', '')).url.length;
    const at = (n: number) => mailFor(composeLetter('S', 'x'.repeat(n - base)));
    expect(at(MAILTO_MAX).url.length).toBe(MAILTO_MAX);
    expect(at(MAILTO_MAX).fits).toBe(true);
    expect(at(MAILTO_MAX + 1).fits).toBe(false);
  });

  it('the first line is the subject, the rest the body', () => {
    expect(splitLetter('Aanmelding\n\nBeste,\nregel')).toEqual({ subject: 'Aanmelding', body: 'Beste,\nregel' });
    expect(splitLetter('Alleen een regel')).toEqual({ subject: 'Alleen een regel', body: '' });
    expect(splitLetter('Onderwerp\r\n\r\nTekst\r\n')).toEqual({ subject: 'Onderwerp', body: 'Tekst\n' });
    fc.assert(
      fc.property(fc.string().filter((s) => !/[\r\n]/.test(s) && s.trim() === s), fc.string().filter((s) => !/^[\r\n]/.test(s) && !s.includes('\r')), (subject, body) => {
        expect(splitLetter(composeLetter(subject, body))).toEqual({ subject, body });
      }),
    );
  });

  it('file names come from the letter id', () => {
    expect(fileName('schriftelijke-aanmelding', 'docx')).toBe('schriftelijke-aanmelding.docx');
    expect(fileName('../x y', 'txt')).toBe('xy.txt');
  });
});

describe('the .docx package', () => {
  const text = 'Aanmelding van Noah & "Fa" <b>\n\nBeste directeur,\n\tingesprongen 😀\nMet vriendelijke groet,';

  it('has the content types, the package relationship and a document part, in UTF-8', () => {
    const f = files(docxBytes(text));
    expect(f['[Content_Types].xml']).toBe(CONTENT_TYPES);
    expect(f['[Content_Types].xml']).toContain('<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>');
    expect(f['[Content_Types].xml']).toContain('<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>');
    expect(f['_rels/.rels']).toContain('Target="word/document.xml"');
    expect(f['_rels/.rels']).toContain('relationships/officeDocument');
    expect(f['word/document.xml']!.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    expect(docxText(f['word/document.xml']!)).toBe(text);
    expect(docxBlob(text).type).toBe(DOCX_TYPE);
  });

  it('escapes XML and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0008c\uFFFFd\uD800e😀')).toBe('abcde😀');
    expect(documentXml('')).toContain('<w:body><w:p/><w:sectPr');
  });

  it('is a valid ZIP for the unzip tool (CRC checked), and unzip -p gives back the same document', () => {
    const probe = spawnSync('unzip', ['-v'], { encoding: 'utf8' });
    if (probe.error) return expect.soft(probe.error, 'unzip is not installed: only our own reader checked this').toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-docx-'));
    try {
      const path = join(dir, 'brief.docx');
      writeFileSync(path, docxBytes(text));
      const test = spawnSync('unzip', ['-t', path], { encoding: 'utf8' });
      expect(test.status, test.stdout + test.stderr).toBe(0);
      expect(test.stdout).toContain('No errors detected');
      const xml = spawnSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' }).stdout;
      expect(docxText(xml)).toBe(text);
      const python = spawnSync('python3', ['-c', 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])', path.replace('brief.docx', 'document.xml')], { encoding: 'utf8' });
      if (!python.error) {
        writeFileSync(join(dir, 'document.xml'), xml);
        const parsed = spawnSync('python3', ['-c', 'import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); print("".join(t.firstChild.data if t.firstChild else "" for t in d.getElementsByTagName("w:t")))', join(dir, 'document.xml')], { encoding: 'utf8' });
        expect(parsed.status, parsed.stderr).toBe(0);
        expect(parsed.stdout.trimEnd()).toBe(text.replace(/[\n\t]/g, ''));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('zip: CRC-32 matches the standard check value; a changed byte is caught', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const bytes = zipStore([{ name: 'a.txt', data: new TextEncoder().encode('hallo') }]);
    expect(unzipStore(bytes).map((e) => e.name)).toEqual(['a.txt']);
    const broken = bytes.slice();
    const at = 30 + 'a.txt'.length;
    broken[at] = broken[at]! ^ 1;
    expect(() => unzipStore(broken)).toThrow(/CRC/);
  });
});

describe('the parent\'s own version is stored, but never with a BSN', () => {
  it('lives under a "wegwijzer." key, so wiping removes it', () => {
    const s = new MemoryStore();
    saveJson(s, letterEditKey('klacht'), 'mijn tekst');
    expect(s.getItem('wegwijzer.letter-edit.klacht')).toBe('"mijn tekst"');
    wipe(s);
    expect(s.length).toBe(0);
  });

  it('is not stored while the BSN field is filled, or when the text holds a BSN', () => {
    expect(editPrivacy('Beste directeur', '')).toBe('keep');
    expect(editPrivacy('Beste directeur', '123456782')).toBe('bsnFilled');
    expect(editPrivacy('BSN: 123456782', '')).toBe('bsnInText'); // passes the elfproef
    expect(editPrivacy('BSN: 1234.56.782', '')).toBe('bsnInText');
    expect(editPrivacy('BSN: 123456789', '', ['123456789'])).toBe('bsnInText'); // typed on this page
    expect(editPrivacy('BSN: 123456789', '')).toBe('keep'); // fails the elfproef, never typed as BSN
    expect(editPrivacy('x'.repeat(60_000), '')).toBe('tooLong');
  });

  it('a phone number, a postcode or a date is not taken for a BSN', () => {
    expect(containsBsnLike('Telefoon: 06 12345678, 0612345678, 1234 AB, 21-04-2026, 2026')).toBe(false);
    expect(containsBsnLike('nummer 1234567820')).toBe(false); // ten digits
    expect(containsBsnLike('123456782')).toBe(true);
  });
});
