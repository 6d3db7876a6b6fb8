/**
 * What an evidence file holds, read from its bytes (issue 13, §5): pure functions, no framework. A file
 * is stored and served with the type its uploader declared; these checks make sure that type is all it
 * is, so no browser, viewer or office program finds a page, a script or an action in it.
 *
 * - Images (PNG, JPEG): walked to their end marker (IEND, EOI); nothing but padding may follow it.
 * - PDF: nothing but padding after the last `%%EOF`; no active content: no name of an action, script,
 *   form submission, XFA form, embedded file or rich media in any dictionary, hex-escaped
 *   (`/J#61vaScript`) or in a compressed object stream (read through an `inflate` the caller gives).
 * - Every binary type (images, PDF, office files): no markup or script marker (`<html`, `<script`,
 *   `<!doctype`, `<svg`, `<body`, `<iframe`, `<object`, `<embed`) anywhere in the bytes: a polyglot.
 * - Text and CSV: nothing a browser would sniff as HTML or XML: after a BOM and whitespace no WHATWG
 *   HTML pattern (`<!DOCTYPE HTML`, `<HTML`, … `<P`, `<!--`), no `<?xml` or `<svg`. Markup further in
 *   is harmless (a note may quote a payload): evidence is only downloaded, as an attachment with nosniff.
 */

/** A finding about a file's content: the message key to refuse it with, and its parameters. */
export type ContentFinding =
  | { key: 'icv.evidence.contentMismatch' }
  | { key: 'icv.evidence.polyglot'; params: { marker: string } }
  | { key: 'icv.evidence.trailingData'; params: { end: string } }
  | { key: 'icv.evidence.pdfActiveContent'; params: { features: string } }
  | { key: 'icv.evidence.textSniffsAsHtml'; params: { marker: string } };

/** Inflates zlib (FlateDecode) data, as far as it goes; null when it is not zlib data. */
export type Inflate = (bytes: Uint8Array) => Uint8Array | null;

/** The bytes as a string of one char per byte (ASCII stays ASCII), for pattern searches. */
export function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    out += String.fromCharCode(...bytes.subarray(i, Math.min(i + 0x8000, bytes.length)));
  return out;
}

/** Markers of markup or script that have no business in an image, a PDF or an office file. */
const MARKUP = /<(?:html|script|!doctype|iframe|body|object|embed|svg(?=[\s/>]))/i;

/** The first markup or script marker in the bytes (lower case), or null. */
export function markupMarker(bytes: Uint8Array): string | null {
  const found = MARKUP.exec(latin1(bytes));
  return found ? found[0].toLowerCase() : null;
}

const isPadding = (b: number) => b === 0x00 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x20;
/** Whether everything from `offset` on is padding (NUL or whitespace). */
function onlyPaddingFrom(bytes: Uint8Array, offset: number): boolean {
  for (let i = offset; i < bytes.length; i++) if (!isPadding(bytes[i])) return false;
  return true;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The offset just past a PNG's IEND chunk, walking its chunks; null when it is no well-formed PNG. */
export function pngEnd(bytes: Uint8Array): number | null {
  if (!PNG_SIGNATURE.every((v, i) => bytes[i] === v)) return null;
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const next = at + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || next > bytes.length) return null;
    if (type === 'IEND') return next;
    at = next;
  }
  return null;
}

/**
 * The offset just past a JPEG's end of image (FF D9), walking its segments and the entropy-coded data
 * after each start of scan (where FF 00 and the restart markers FF D0–D7 belong to the data); null when
 * it is no well-formed JPEG.
 */
export function jpegEnd(bytes: Uint8Array): number | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    while (bytes[at] === 0xff) at++; // fill bytes
    if (at >= bytes.length) return null;
    const marker = bytes[at++];
    if (marker === 0xd9) return at;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length
    if (at + 2 > bytes.length) return null;
    const length = (bytes[at] << 8) | bytes[at + 1];
    if (length < 2 || at + length > bytes.length) return null;
    at += length;
    if (marker === 0xda) {
      // Entropy-coded data up to the next marker that is not FF 00 or a restart marker.
      while (at + 1 < bytes.length) {
        if (bytes[at] === 0xff && bytes[at + 1] !== 0x00 && !(bytes[at + 1] >= 0xd0 && bytes[at + 1] <= 0xd7))
          break;
        at++;
      }
      if (at + 1 >= bytes.length) return null;
    }
  }
  return null;
}

/** The names of PDF active content: scripts, actions that run by themselves, launches, forms, files. */
export const PDF_ACTIVE_NAMES = [
  'JavaScript',
  'JS',
  'OpenAction',
  'AA',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'SubmitForm',
  'ImportData',
  'XFA',
  'GoToE',
] as const;
const ACTIVE = new Set<string>(PDF_ACTIVE_NAMES);

/** The names (`/Name`, with `#xx` escapes decoded) in a stretch of PDF syntax. */
export function pdfNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\/([^\s()<>[\]{}/%\0]*)/g))
    names.push(
      match[1].replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    );
  return names;
}

interface PdfStream {
  /** The object's dictionary text before `stream`. */
  dict: string;
  start: number;
  end: number;
}

/**
 * The PDF's streams and its syntax outside them. A stream runs from `stream` to the first `endstream`
 * after it: the shortest a reader may take, so no dictionary is skipped that a reader would parse.
 */
function pdfParts(text: string): { outside: string; streams: PdfStream[] } {
  const streams: PdfStream[] = [];
  let outside = '';
  let from = 0;
  const opening = /\bstream(?:\r\n|\r|\n)/g;
  for (let match = opening.exec(text); match; match = opening.exec(text)) {
    const start = match.index + match[0].length;
    const close = text.indexOf('endstream', start);
    const end = close < 0 ? text.length : close;
    const before = text.slice(from, match.index);
    outside += before + ' ';
    const obj = before.lastIndexOf('obj');
    streams.push({ dict: obj < 0 ? before : before.slice(obj + 3), start, end });
    from = close < 0 ? text.length : close + 'endstream'.length;
    opening.lastIndex = from;
  }
  outside += text.slice(from);
  return { outside, streams };
}

/**
 * The active content a PDF holds, as the names found (`/OpenAction`, `/JavaScript`, …), in order of
 * first appearance; empty when there is none. Compressed object streams are read through `inflate`; an
 * object stream that cannot be read (another filter, a predictor, no inflate) counts as active content:
 * what cannot be inspected is not accepted.
 */
export function pdfActiveContent(bytes: Uint8Array, inflate?: Inflate): string[] {
  const text = latin1(bytes);
  const { outside, streams } = pdfParts(text);
  const found = new Set<string>();
  const scan = (syntax: string) => {
    for (const name of pdfNames(syntax)) if (ACTIVE.has(name)) found.add(`/${name}`);
  };
  scan(outside);
  for (const stream of streams) {
    const dict = pdfNames(stream.dict);
    if (!dict.includes('ObjStm')) continue;
    const filters = dict.filter((n) => n.endsWith('Decode') || n === 'Fl' || n === 'AHx' || n === 'A85');
    const predictor = /\/Predictor\s+([2-9]|1\d)/.test(stream.dict);
    if (filters.length === 0) {
      scan(text.slice(stream.start, stream.end));
      continue;
    }
    const inflated =
      filters.length === 1 && filters[0] === 'FlateDecode' && !predictor && inflate
        ? inflate(bytes.subarray(stream.start, stream.end))
        : null;
    if (inflated) scan(latin1(inflated));
    else found.add('/ObjStm (unreadable)');
  }
  return [...found];
}

const PDF_EOF = '%%EOF';
/** The offset just past a PDF's last `%%EOF`, or null when it has none. */
export function pdfEnd(bytes: Uint8Array): number | null {
  const at = latin1(bytes).lastIndexOf(PDF_EOF);
  return at < 0 ? null : at + PDF_EOF.length;
}

/**
 * The WHATWG MIME sniffing standard's HTML patterns (§7.1, "identifying a resource with an unknown MIME
 * type"), matched case-insensitively after whitespace and followed by a tag-terminating byte (here also
 * any whitespace or `/`); and the XML and SVG openings a browser would also render.
 */
const SNIFFED_AS_HTML =
  /^(?:<!doctype html|<html|<head|<script|<iframe|<h1|<div|<font|<table|<a|<style|<title|<b|<body|<br|<p|<!--|<svg)(?=[\s/>])|^<\?xml/i;
/** The longest opening SNIFFED_AS_HTML matches, with its terminating byte. */
const SNIFF_WINDOW = 16;

/** The opening that would make a browser show this text as a page; null when none. */
export function textSniffsAsHtml(bytes: Uint8Array): string | null {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length && [0x09, 0x0a, 0x0c, 0x0d, 0x20].includes(bytes[at])) at++;
  const opening = SNIFFED_AS_HTML.exec(latin1(bytes.subarray(at, at + SNIFF_WINDOW)));
  return opening ? opening[0].toLowerCase() : null;
}

/** What makes content of a (known, magic-checked) type unacceptable; null when nothing does. */
export function inspectContent(
  contentType: string,
  bytes: Uint8Array,
  inflate?: Inflate,
): ContentFinding | null {
  if (contentType === 'text/plain' || contentType === 'text/csv') {
    const marker = textSniffsAsHtml(bytes);
    return marker ? { key: 'icv.evidence.textSniffsAsHtml', params: { marker } } : null;
  }
  const marker = markupMarker(bytes);
  if (marker) return { key: 'icv.evidence.polyglot', params: { marker } };
  const trailing = (end: number | null, name: string): ContentFinding | null =>
    end !== null && !onlyPaddingFrom(bytes, end)
      ? { key: 'icv.evidence.trailingData', params: { end: name } }
      : null;
  if (contentType === 'image/png') {
    const end = pngEnd(bytes);
    return end === null ? { key: 'icv.evidence.contentMismatch' } : trailing(end, 'IEND');
  }
  if (contentType === 'image/jpeg') {
    const end = jpegEnd(bytes);
    return end === null ? { key: 'icv.evidence.contentMismatch' } : trailing(end, 'FFD9');
  }
  if (contentType === 'application/pdf') {
    const after = trailing(pdfEnd(bytes), '%%EOF');
    if (after) return after;
    const active = pdfActiveContent(bytes, inflate);
    return active.length
      ? { key: 'icv.evidence.pdfActiveContent', params: { features: active.join(', ') } }
      : null;
  }
  return null;
}
