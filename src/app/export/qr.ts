/**
 * A small QR code encoder (ISO/IEC 18004): byte mode, error correction level L or M, versions 1–40,
 * Reed–Solomon error correction, all eight masks scored and the best one used. It is loaded only
 * when a parent or professional asks for a QR code (dynamic import), so it costs nothing on first load.
 * qrMatrix() is pure (tested in Node); qrSvg() builds an SVG element with DOM APIs (no innerHTML).
 */
export type Ecl = 'L' | 'M';

// Per version 1–40 (index 0 unused): error correction codewords per block, and number of blocks.
const ECC_PER_BLOCK: Record<Ecl, number[]> = {
  L: [0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
  M: [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
};
const BLOCKS: Record<Ecl, number[]> = {
  L: [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
  M: [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
};
/** Format information bits for the level (L = 01, M = 00). */
const ECL_BITS: Record<Ecl, number> = { L: 1, M: 0 };

export const sizeOf = (version: number) => version * 4 + 17;

export function alignmentPositions(version: number): number[] {
  if (version === 1) return [];
  const n = Math.floor(version / 7) + 2;
  const step = Math.floor((version * 8 + n * 3 + 5) / (n * 4 - 4)) * 2;
  const out = [6];
  for (let pos = sizeOf(version) - 7; out.length < n; pos -= step) out.splice(1, 0, pos);
  return out;
}

/** Modules available for data and error correction (all codewords, in bits, plus remainder bits). */
function rawDataModules(version: number): number {
  let r = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const n = Math.floor(version / 7) + 2;
    r -= (25 * n - 10) * n - 55;
    if (version >= 7) r -= 36;
  }
  return r;
}

export const totalCodewords = (version: number) => Math.floor(rawDataModules(version) / 8);
export const dataCodewords = (version: number, ecl: Ecl) => totalCodewords(version) - ECC_PER_BLOCK[ecl][version]! * BLOCKS[ecl][version]!;

// GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
function gfMul(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

/** The generator polynomial of the given degree (highest term left out; coefficients high to low). */
export function rsDivisor(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      result[j] = gfMul(result[j]!, root);
      if (j + 1 < degree) result[j]! ^= result[j + 1]!;
    }
    root = gfMul(root, 2);
  }
  return result;
}

function rsRemainder(data: number[], divisor: number[]): number[] {
  const result = new Array<number>(divisor.length).fill(0);
  for (const b of data) {
    const factor = b ^ result.shift()!;
    result.push(0);
    divisor.forEach((coef, i) => (result[i]! ^= gfMul(coef, factor)));
  }
  return result;
}

export interface QrCode {
  version: number;
  ecl: Ecl;
  mask: number;
  /** modules[y][x]: true is dark. */
  modules: boolean[][];
}

/** The QR code for `text` (UTF-8, byte mode) in the smallest version that fits; throws when it is too long. */
export function qrEncode(text: string, ecl: Ecl = 'M', forceMask?: number): QrCode {
  const bytes = new TextEncoder().encode(text);
  let version = 1;
  for (; version <= 40; version++) {
    if (4 + (version <= 9 ? 8 : 16) + bytes.length * 8 <= dataCodewords(version, ecl) * 8) break;
  }
  if (version > 40) throw new RangeError('text too long for a QR code');

  // The bit stream: mode 0100 (bytes), the count, the bytes, a terminator, then pad bytes.
  const bits: number[] = [];
  const put = (value: number, n: number) => {
    for (let i = n - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(4, 4);
  put(bytes.length, version <= 9 ? 8 : 16);
  bytes.forEach((b) => put(b, 8));
  const capacity = dataCodewords(version, ecl) * 8;
  put(0, Math.min(4, capacity - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) put(pad, 8);
  const data: number[] = [];
  for (let i = 0; i < bits.length; i += 8) data.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));

  const codewords = addErrorCorrection(data, version, ecl);
  const size = sizeOf(version);
  const modules = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const reserved = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const set = (x: number, y: number, dark: boolean) => {
    modules[y]![x] = dark;
    reserved[y]![x] = true;
  };
  drawFunctionPatterns(version, size, set);
  drawCodewords(codewords, size, modules, reserved);

  let best = forceMask ?? 0;
  if (forceMask === undefined) {
    let bestPenalty = Infinity;
    for (let m = 0; m < 8; m++) {
      applyMask(m, modules, reserved);
      drawFormat(ecl, m, size, set);
      const p = penalty(modules);
      if (p < bestPenalty) [best, bestPenalty] = [m, p];
      applyMask(m, modules, reserved); // undo (xor)
    }
  }
  applyMask(best, modules, reserved);
  drawFormat(ecl, best, size, set);
  return { version, ecl, mask: best, modules };
}

function addErrorCorrection(data: number[], version: number, ecl: Ecl): number[] {
  const numBlocks = BLOCKS[ecl][version]!;
  const eccLen = ECC_PER_BLOCK[ecl][version]!;
  const raw = totalCodewords(version);
  const numShort = numBlocks - (raw % numBlocks);
  const shortLen = Math.floor(raw / numBlocks);
  const divisor = rsDivisor(eccLen);
  const blocks: number[][] = [];
  for (let i = 0, k = 0; i < numBlocks; i++) {
    const dat = data.slice(k, k + shortLen - eccLen + (i < numShort ? 0 : 1));
    k += dat.length;
    const ecc = rsRemainder(dat, divisor);
    if (i < numShort) dat.push(0); // placeholder, skipped when interleaving
    blocks.push([...dat, ...ecc]);
  }
  const out: number[] = [];
  for (let i = 0; i < blocks[0]!.length; i++) {
    blocks.forEach((b, j) => {
      if (i !== shortLen - eccLen || j >= numShort) out.push(b[i]!);
    });
  }
  return out;
}

function drawFunctionPatterns(version: number, size: number, set: (x: number, y: number, dark: boolean) => void) {
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  const finder = (cx: number, cy: number) => {
    for (let dy = -4; dy <= 4; dy++)
      for (let dx = -4; dx <= 4; dx++) {
        const d = Math.max(Math.abs(dx), Math.abs(dy));
        const x = cx + dx;
        const y = cy + dy;
        if (x >= 0 && x < size && y >= 0 && y < size) set(x, y, d !== 2 && d !== 4);
      }
  };
  finder(3, 3);
  finder(size - 4, 3);
  finder(3, size - 4);
  const align = alignmentPositions(version);
  const last = align.length - 1;
  align.forEach((ax, i) =>
    align.forEach((ay, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) set(ax + dx, ay + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }),
  );
  drawFormat('M', 0, size, set); // reserves the format areas; drawn for real after masking
  if (version >= 7) {
    let rem = version;
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
    const bits = (version << 12) | rem;
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >>> i) & 1) === 1;
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      set(a, b, dark);
      set(b, a, dark);
    }
  }
}

export function formatBits(ecl: Ecl, mask: number): number {
  const data = (ECL_BITS[ecl] << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

function drawFormat(ecl: Ecl, mask: number, size: number, set: (x: number, y: number, dark: boolean) => void) {
  const bits = formatBits(ecl, mask);
  const bit = (i: number) => ((bits >>> i) & 1) === 1;
  for (let i = 0; i <= 5; i++) set(8, i, bit(i));
  set(8, 7, bit(6));
  set(8, 8, bit(7));
  set(7, 8, bit(8));
  for (let i = 9; i < 15; i++) set(14 - i, 8, bit(i));
  for (let i = 0; i < 8; i++) set(size - 1 - i, 8, bit(i));
  for (let i = 8; i < 15; i++) set(8, size - 15 + i, bit(i));
  set(8, size - 8, true); // the dark module
}

function drawCodewords(data: number[], size: number, modules: boolean[][], reserved: boolean[][]) {
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < size; vert++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const upward = ((right + 1) & 2) === 0;
        const y = upward ? size - 1 - vert : vert;
        if (!reserved[y]![x] && i < data.length * 8) {
          modules[y]![x] = ((data[i >>> 3]! >>> (7 - (i & 7))) & 1) === 1;
          i++;
        }
      }
    }
  }
}

export const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

function applyMask(m: number, modules: boolean[][], reserved: boolean[][]) {
  const f = MASKS[m]!;
  for (let y = 0; y < modules.length; y++) for (let x = 0; x < modules.length; x++) if (!reserved[y]![x] && f(x, y)) modules[y]![x] = !modules[y]![x];
}

/** The four penalty rules of the standard; the mask with the lowest score is used. */
function penalty(m: boolean[][]): number {
  const size = m.length;
  let score = 0;
  const lines: boolean[][] = [];
  for (let i = 0; i < size; i++) {
    lines.push(m[i]!);
    lines.push(m.map((row) => row[i]!));
  }
  const finderLike = [true, false, true, true, true, false, true];
  for (const line of lines) {
    let run = 1;
    for (let i = 1; i <= size; i++) {
      if (i < size && line[i] === line[i - 1]) run++;
      else {
        if (run >= 5) score += run - 2;
        run = 1;
      }
    }
    for (let i = 0; i + 7 <= size; i++) {
      if (!finderLike.every((v, k) => line[i + k] === v)) continue;
      const lightBefore = i >= 4 && [1, 2, 3, 4].every((k) => !line[i - k]);
      const lightAfter = i + 11 <= size && [7, 8, 9, 10].every((k) => !line[i + k]);
      if (lightBefore || lightAfter) score += 40;
    }
  }
  let dark = 0;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      if (m[y]![x]) dark++;
      if (x < size - 1 && y < size - 1) {
        const c = m[y]![x];
        if (m[y]![x + 1] === c && m[y + 1]![x] === c && m[y + 1]![x + 1] === c) score += 3;
      }
    }
  const total = size * size;
  score += (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
  return score;
}

const SVG = 'http://www.w3.org/2000/svg';

/** The QR code as an SVG element (dark modules as one path, a 4-module light margin), made with DOM APIs. */
export function qrSvg(text: string, label: string, doc: Document = document, ecl: Ecl = 'M'): SVGSVGElement {
  const { modules } = qrEncode(text, ecl);
  const size = modules.length;
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size + 8} ${size + 8}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const bg = doc.createElementNS(SVG, 'rect');
  bg.setAttribute('width', String(size + 8));
  bg.setAttribute('height', String(size + 8));
  bg.setAttribute('fill', '#fff');
  let d = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let w = 1;
      while (row[x + w]) w++;
      d += `M${x + 4} ${y + 4}h${w}v1h${-w}z`;
      x += w - 1;
    }
  });
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}

/** Smallest size, in CSS pixels per module, that a phone camera reads reliably from a screen or paper. */
export const QR_MIN_PX_PER_MODULE = 3;
/** The widest code we show (fits a 360 px phone screen with its margins). */
export const QR_MAX_CSS_PX = 320;

export class QrTooLarge extends Error {}

/**
 * A QR code that scans: at least QR_MIN_PX_PER_MODULE CSS pixels per module (quiet zone included),
 * at most QR_MAX_CSS_PX wide. Tries error correction M, then L; throws QrTooLarge when even that
 * would be too dense, so the page can say the link is too long for a code (the link still works).
 */
export function qrSvgSized(text: string, label: string, doc: Document = document, maxCss = QR_MAX_CSS_PX): SVGSVGElement {
  for (const ecl of ['M', 'L'] as const) {
    let modules: number;
    try {
      modules = qrEncode(text, ecl).modules.length + 8;
    } catch {
      continue;
    }
    if (modules * QR_MIN_PX_PER_MODULE > maxCss) continue;
    const svg = qrSvg(text, label, doc, ecl);
    const px = Math.min(maxCss, Math.max(240, modules * QR_MIN_PX_PER_MODULE));
    svg.style.width = `${px}px`;
    svg.style.maxWidth = '100%';
    svg.dataset['pxPerModule'] = (px / modules).toFixed(2);
    return svg;
  }
  throw new QrTooLarge('too long for a QR code that scans');
}
