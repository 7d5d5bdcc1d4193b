/**
 * The exports read by software this project did not write (Debian packages, installed by .ci/run):
 * - QR codes (src/app/export/qr.ts) by zbarimg (zbar-tools): share links and steunpunt links decode
 *   to exactly the link;
 * - the calendar file (src/rules/ics.ts) by python3-icalendar: one event per dated deadline, unique UIDs;
 * - the .docx letter (src/app/export/docx.ts) by python3-docx: the exact text, markup as text.
 * When a reader is missing on this machine the test is skipped and says why (CI installs them).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { qrEncode } from '../../src/app/export/qr';
import { docxBytes } from '../../src/app/export/docx';
import { encode } from '../../src/app/share';
import { buildPlan } from '../../src/rules/plan';
import { calendarSteps, planToIcs } from '../../src/rules/ics';
import { addTexts, initI18n, makeT } from '../../src/app/i18n';
import { icsTexts } from '../../src/ui/deadlineText';
import stepsNl from '../../src/content/generated/steps.nl';
import uiNl from '../../src/content/generated/pagetexts.nl';

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const zbar = has('zbarimg', ['--version']);
/** Debian's python3 (where apt-get puts python3-icalendar and python3-docx) may not be the first on PATH. */
const pythonWith = (mod: string) => ['python3', '/usr/bin/python3'].find((py) => has(py, ['-c', `import ${mod}`]));
const pyIcal = pythonWith('icalendar');
const pyDocx = pythonWith('docx');
const ical = !!pyIcal;
const pydocx = !!pyDocx;
for (const [ok, what] of [
  [zbar, 'zbarimg (apt-get install zbar-tools)'],
  [ical, 'python3 icalendar (apt-get install python3-icalendar)'],
  [pydocx, 'python3 docx (apt-get install python3-docx)'],
] as const)
  if (!ok) console.log(`readers.test: skipped the check by ${what}: not installed here; .ci/run installs it`);

const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-readers-'));
const fromFile = (f: string) => (JSON.parse(readFileSync(join(import.meta.dirname, '../answers', f), 'utf8')) as { answers: Record<string, string | string[]> }).answers;

/** A greyscale PNG of the QR modules, `scale` pixels per module, with the quiet zone. */
function qrPng(text: string, scale = 4): Buffer {
  const { modules } = qrEncode(text, 'M');
  const n = modules.length + 8;
  const w = n * scale;
  const raw = Buffer.alloc((w + 1) * w, 255);
  for (let y = 0; y < w; y++) {
    raw[y * (w + 1)] = 0; // filter: none
    for (let x = 0; x < w; x++) {
      const my = Math.floor(y / scale) - 4;
      const mx = Math.floor(x / scale) - 4;
      if (modules[my]?.[mx]) raw[y * (w + 1) + 1 + x] = 0;
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, k) => {
    let c = k;
    for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(w, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

describe('QR codes read by zbarimg', () => {
  it.skipIf(!zbar)('share links and steunpunt links decode to exactly the link', async () => {
    const links = [
      'https://example.org/wegwijzer/#/?situatie=tlv,thuiszitten&taal=en&org=Steunpunt%20Noord&tel=050%20123%2045%2067&open=ma-vr%209-17',
      `https://example.org/wegwijzer/#/deel/${await encode(fromFile('handelingsverlegen.json'))}`,
      `https://example.org/wegwijzer/#/deel/${await encode(fromFile('combi-tlv-thuiszitten.json'), { includePersonal: true, letterFields: { ouder_naam: 'Sam de Vries' } })}`,
    ];
    for (const [i, link] of links.entries()) {
      const file = join(dir, `qr${i}.png`);
      writeFileSync(file, qrPng(link));
      const out = execFileSync('zbarimg', ['--quiet', '--raw', '-Sbinary', file], { encoding: 'utf8' });
      expect(out.replace(/\n$/, '')).toBe(link);
    }
  });
});

describe('the calendar file read by python3-icalendar', () => {
  beforeAll(async () => {
    await initI18n('nl');
    addTexts('nl', 'steps', stepsNl);
    addTexts('nl', 'ui', uiNl);
  });
  it.skipIf(!ical)('one event per upcoming dated deadline, on its date, with unique UIDs', () => {
    const plan = buildPlan(fromFile('aanmelden-schriftelijk-wachten.json'), '2026-11-23');
    const ics = planToIcs(plan, icsTexts(makeT()), new Date('2026-11-23T10:00:00Z'), 'k1aaaaaa');
    const file = join(dir, 'plan.ics');
    writeFileSync(file, ics);
    const py = `import icalendar,json,sys
cal=icalendar.Calendar.from_ical(open(sys.argv[1],'rb').read())
print(json.dumps([[str(e['UID']), e.decoded('DTSTART').isoformat(), str(e['SUMMARY'])] for e in cal.walk('VEVENT')]))`;
    const events = JSON.parse(execFileSync(pyIcal!, ['-c', py, file], { encoding: 'utf8' })) as [string, string, string][];
    const upcoming = calendarSteps(plan).upcoming;
    expect(events.length).toBe(upcoming.length);
    expect(events.map((e) => e[1]).sort()).toEqual(upcoming.map((s) => s.deadline.due).sort());
    expect(new Set(events.map((e) => e[0])).size).toBe(events.length);
    for (const e of events) expect(e[0]).toMatch(/-k1aaaaaa@wegwijzer$/);
  });
});

describe('the .docx letter read by python3-docx', () => {
  it.skipIf(!pydocx)('gives back exactly the letter text, with markup as text', () => {
    const text = 'Aan de directie\n\nBeste <b>meneer</b> & mevrouw "Jansen",\n\nMet vriendelijke groet,\nSam 😊';
    const file = join(dir, 'brief.docx');
    writeFileSync(file, docxBytes(text));
    const py = `import docx,sys
print("\\n".join(p.text for p in docx.Document(sys.argv[1]).paragraphs), end="")`;
    const out = execFileSync(pyDocx!, ['-c', py, file], { encoding: 'utf8' });
    expect(out).toBe(text);
  });
});
