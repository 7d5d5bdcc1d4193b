import { zipStore } from './zip';

/**
 * A minimal Word document (Office Open XML) from plain text: one paragraph per line, A4, Arial 11,
 * Dutch spelling. Loaded only when a parent asks for a .docx (dynamic import), so it costs nothing
 * on the first load. Everything is text: the parent's words are XML-escaped, never markup.
 */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/U+FFFF) are dropped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const escapeXml = (s: string): string =>
  s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export const CONTENT_TYPES =
  XML_HEAD +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

export const ROOT_RELS =
  XML_HEAD +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

const RUN_PROPS = '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="nl-NL"/></w:rPr>';

const BOLD_RUN_PROPS = RUN_PROPS.replace('<w:rPr>', '<w:rPr><w:b/>');

/** A Dutch letter's subject line ("Onderwerp: …" or "Betreft: …") is bold, as on paper. */
const isSubjectLine = (line: string) => /^\s*(Onderwerp|Betreft)\s*:/i.test(line);

function paragraph(line: string): string {
  if (line === '') return '<w:p/>';
  const parts = line.split('\t').map((s) => (s === '' ? '' : `<w:t xml:space="preserve">${escapeXml(s)}</w:t>`));
  return `<w:p><w:r>${isSubjectLine(line) ? BOLD_RUN_PROPS : RUN_PROPS}${parts.join('<w:tab/>')}</w:r></w:p>`;
}

export function documentXml(text: string): string {
  const body = text.split(/\r\n|\r|\n/).map(paragraph).join('');
  return (
    XML_HEAD +
    `<w:document xmlns:w="${W}"><w:body>${body}` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>' +
    '</w:body></w:document>'
  );
}

/** The .docx file's bytes. */
export function docxBytes(text: string): Uint8Array {
  const enc = new TextEncoder();
  return zipStore([
    { name: '[Content_Types].xml', data: enc.encode(CONTENT_TYPES) },
    { name: '_rels/.rels', data: enc.encode(ROOT_RELS) },
    { name: 'word/document.xml', data: enc.encode(documentXml(text)) },
  ]);
}

export const docxBlob = (text: string): Blob => new Blob([docxBytes(text) as BlobPart], { type: DOCX_TYPE });
