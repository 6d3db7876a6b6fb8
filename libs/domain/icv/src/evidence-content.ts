/**
 * What an evidence file holds, read from its bytes (issue 13, §5): pure functions, no framework. A file
 * is stored and served with the type its uploader declared; these checks make sure that type is all it
 * is, so no browser, viewer or office program finds a page, a script or an action in it.
 *
 * - Images (PNG, JPEG): walked to their end marker (IEND, EOI); nothing but padding may follow it. No
 *   tag (`<` and a letter) in a PNG's text chunks (compressed ones inflated) or a JPEG's comments;
 *   XMP metadata may hold prefixed XML elements (`<rdf:RDF`), but no event handler.
 * - PDF: nothing but padding after the last `%%EOF`; no active content: no name of an action, script,
 *   form submission, XFA form, embedded file or rich media in any dictionary, hex-escaped
 *   (`/J#61vaScript`) or in a compressed object stream (read through an `inflate` the caller gives).
 *   Only the data of a well-formed stream (its `/Length` ending at `endstream`) goes unread.
 * - Every binary type (images, PDF, office files): no markup or script marker (`<html`, `<script`,
 *   `<!doctype`, `<svg`, `<body`, `<iframe`, `<object`, `<embed`, `<img`, `<meta`, `<link`, `<form`,
 *   `<style`, `<a href`, `javascript:`) anywhere in the bytes: a polyglot.
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
const MARKUP =
  /<(?:html|script|!doctype|iframe|body|object|embed|(?:svg|img|meta|link|form|style)(?=[\s/>])|a[\s/]+href)|javascript:/i;

/** The first markup or script marker in the bytes (lower case, `<a href` as such), or null. */
export function markupMarker(bytes: Uint8Array): string | null {
  const found = MARKUP.exec(latin1(bytes));
  return found ? found[0].toLowerCase().replace(/[\s/]+/, ' ') : null;
}

/** An opening tag: `<` and a letter; a name with a prefix (`<rdf:RDF`) is XML, as in XMP metadata. */
const TAG = /<([A-Za-z][\w.-]*)(:?)/g;
/** An event handler attribute (`onload=`), which no XMP holds. */
const EVENT_HANDLER = /[\s/"']on[a-z]+\s*=/i;

/**
 * The first tag (`<` and a letter) in the text of image metadata (lower case), or null. In XMP
 * (`xmp`) elements with a namespace prefix are ordinary, but not event handlers.
 */
export function metadataMarkup(text: string, xmp = false): string | null {
  for (const tag of text.matchAll(TAG)) if (!(xmp && tag[2])) return `<${tag[1].toLowerCase()}`;
  const handler = xmp ? EVENT_HANDLER.exec(text) : null;
  return handler ? handler[0].slice(1).replace(/\s/g, '').toLowerCase() : null;
}

const isPadding = (b: number) => b === 0x00 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x20;
/** Whether everything from `offset` on is padding (NUL or whitespace). */
function onlyPaddingFrom(bytes: Uint8Array, offset: number): boolean {
  for (let i = offset; i < bytes.length; i++) if (!isPadding(bytes[i])) return false;
  return true;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
interface PngChunk {
  type: string;
  data: Uint8Array;
}
/** A PNG's chunks up to IEND and the offset just past it; null when it is no well-formed PNG. */
function pngWalk(bytes: Uint8Array): { end: number; chunks: PngChunk[] } | null {
  if (!PNG_SIGNATURE.every((v, i) => bytes[i] === v)) return null;
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const next = at + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || next > bytes.length) return null;
    if (type === 'IEND') return { end: next, chunks };
    chunks.push({ type, data: bytes.subarray(at + 8, at + 8 + length) });
    at = next;
  }
  return null;
}

/** The offset just past a PNG's IEND chunk, walking its chunks; null when it is no well-formed PNG. */
export function pngEnd(bytes: Uint8Array): number | null {
  return pngWalk(bytes)?.end ?? null;
}

/**
 * The first tag in a PNG's text chunks (tEXt, zTXt, iTXt: keyword and text; compressed text read
 * through `inflate`, and left alone when it cannot be, as no program shows it then), or null.
 */
function pngTextMarkup(chunks: PngChunk[], inflate?: Inflate): string | null {
  for (const { type, data } of chunks) {
    if (type !== 'tEXt' && type !== 'zTXt' && type !== 'iTXt') continue;
    const keyword = data.indexOf(0);
    if (keyword < 0) return metadataMarkup(latin1(data));
    let plain: Uint8Array = data;
    let compressed: Uint8Array | null = null;
    if (type === 'zTXt') [plain, compressed] = [data.subarray(0, keyword), data.subarray(keyword + 2)];
    if (type === 'iTXt' && data[keyword + 1] === 1) {
      const language = data.indexOf(0, keyword + 3);
      const translated = language < 0 ? -1 : data.indexOf(0, language + 1);
      if (translated < 0) return metadataMarkup(latin1(data));
      [plain, compressed] = [data.subarray(0, translated), data.subarray(translated + 1)];
    }
    const inflated = compressed && inflate ? inflate(compressed) : null;
    const text = latin1(plain) + ' ' + (inflated ? latin1(inflated) : '');
    const xmp = type === 'iTXt' && latin1(data.subarray(0, keyword)) === 'XML:com.adobe.xmp';
    const found = metadataMarkup(text, xmp);
    if (found) return found;
  }
  return null;
}

/**
 * The offset just past a JPEG's end of image (FF D9), walking its segments and the entropy-coded data
 * after each start of scan (where FF 00 and the restart markers FF D0–D7 belong to the data); null when
 * it is no well-formed JPEG.
 */
export function jpegEnd(bytes: Uint8Array): number | null {
  return jpegWalk(bytes)?.end ?? null;
}

/** A JPEG's end (see jpegEnd) and its comments (COM segments); null when it is no well-formed JPEG. */
function jpegWalk(bytes: Uint8Array): { end: number; comments: Uint8Array[] } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const comments: Uint8Array[] = [];
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    while (bytes[at] === 0xff) at++; // fill bytes
    if (at >= bytes.length) return null;
    const marker = bytes[at++];
    if (marker === 0xd9) return { end: at, comments };
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length
    if (at + 2 > bytes.length) return null;
    const length = (bytes[at] << 8) | bytes[at + 1];
    if (length < 2 || at + length > bytes.length) return null;
    if (marker === 0xfe) comments.push(bytes.subarray(at + 2, at + length));
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

type PdfToken = {
  kind: 'name' | 'regular' | 'string' | 'open' | 'close';
  value: string;
  start: number;
  end: number;
};

const isPdfSpace = (c: string) =>
  c === '\0' || c === '\t' || c === '\n' || c === '\f' || c === '\r' || c === ' ';
const isPdfDelimiter = (c: string) => '()<>[]{}/%'.includes(c);

/** The next token of PDF syntax from `at` (comments skipped), or null at the end. */
function pdfToken(text: string, at: number): PdfToken | null {
  for (;;) {
    while (at < text.length && isPdfSpace(text[at])) at++;
    if (at >= text.length) return null;
    if (text[at] !== '%') break;
    while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
  }
  const start = at;
  const c = text[at];
  if (c === '(') {
    let depth = 0;
    for (; at < text.length; at++) {
      if (text[at] === '\\') at++;
      else if (text[at] === '(') depth++;
      else if (text[at] === ')' && --depth === 0) break;
    }
    return { kind: 'string', value: '', start, end: Math.min(at + 1, text.length) };
  }
  if (text.startsWith('<<', at) || text.startsWith('>>', at))
    return { kind: c === '<' ? 'open' : 'close', value: c + c, start, end: at + 2 };
  if (c === '<') {
    const close = text.indexOf('>', at);
    return { kind: 'string', value: '', start, end: close < 0 ? text.length : close + 1 };
  }
  if (c === '[' || c === ']') return { kind: c === '[' ? 'open' : 'close', value: c, start, end: at + 1 };
  if (c === '/') {
    do at++;
    while (at < text.length && !isPdfSpace(text[at]) && !isPdfDelimiter(text[at]));
    return { kind: 'name', value: pdfNames(text.slice(start, at))[0] ?? '', start, end: at };
  }
  if (isPdfDelimiter(c)) return { kind: 'regular', value: c, start, end: at + 1 };
  while (at < text.length && !isPdfSpace(text[at]) && !isPdfDelimiter(text[at])) at++;
  return { kind: 'regular', value: text.slice(start, at), start, end: at };
}

const INTEGER = /^\d+$/;
/** An object header (`N G obj`): stream data that holds one may hold an object a reader finds by its offset. */
const OBJECT_HEADER = /\d+[\s\0]+\d+[\s\0]+obj/;

/** The objects that are a plain integer (`N G obj 123 endobj`), by `N G`; NaN where defined twice apart. */
function pdfIntegerObjects(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const m of text.matchAll(/(?<!\d)(\d+)[\s\0]+(\d+)[\s\0]+obj[\s\0]*(\d+)[\s\0]*endobj/g)) {
    const key = `${Number(m[1])} ${Number(m[2])}`;
    const value = Number(m[3]);
    found.set(key, found.has(key) && found.get(key) !== value ? NaN : value);
  }
  return found;
}

/** A stream dictionary's `/Length` (its top-level tokens): direct, or a plain integer object; else null. */
function pdfLength(top: string[], integers: Map<string, number>): number | null {
  const at = top.indexOf('/Length');
  if (at < 0 || top.lastIndexOf('/Length') !== at || !INTEGER.test(top[at + 1] ?? '')) return null;
  if (INTEGER.test(top[at + 2] ?? '') && top[at + 3] === 'R') {
    const value = integers.get(`${Number(top[at + 1])} ${Number(top[at + 2])}`);
    return value === undefined || Number.isNaN(value) ? null : value;
  }
  return Number(top[at + 1]);
}

/** The EOL at `at` (CRLF, LF, or with `cr` also a lone CR): its length, 0 when there is none. */
function eolAt(text: string, at: number, cr: boolean): number {
  if (text.startsWith('\r\n', at)) return 2;
  return text[at] === '\n' || (cr && text[at] === '\r') ? 1 : 0;
}

/**
 * The PDF's streams and its syntax outside them, read token by token as a reader does (comments and
 * strings are no syntax). Only a well-formed stream's data is left out of the syntax: the `stream`
 * keyword directly after the dictionary of an `N G obj` (at the top level), its data from the EOL after
 * `stream` for its `/Length` bytes (direct, or an indirect plain integer), then `endstream`; no
 * `endstream` nor object header inside. Any other "stream" stays syntax, so that nothing a reader might
 * parse goes unread; the reading resumes after its first `endstream`, as a reader's does.
 */
function pdfParts(text: string): { outside: string; streams: PdfStream[] } {
  const integers = pdfIntegerObjects(text);
  const streams: PdfStream[] = [];
  let outside = '';
  let from = 0;
  let depth = 0;
  /** The last two tokens at the top level, to see `N G obj`. */
  let previous: PdfToken[] = [];
  let afterObj = false;
  /** The dictionary of an object being read (its top-level tokens), and the one just closed. */
  let dict: { start: number; top: string[] } | null = null;
  let closed: { start: number; end: number; top: string[] } | null = null;
  for (let token = pdfToken(text, 0); token; ) {
    const justClosed = closed;
    closed = null;
    let next = token.end;
    if (justClosed && token.kind === 'regular' && token.value === 'stream') {
      const gap = text.slice(justClosed.end, token.start);
      const eol = eolAt(text, token.end, false);
      const length = pdfLength(justClosed.top, integers);
      const start = token.end + eol;
      const firstEnd = text.indexOf('endstream', token.end);
      let end = firstEnd < 0 ? text.length : firstEnd;
      next = firstEnd < 0 ? text.length : firstEnd + 'endstream'.length;
      if (/^[\s\0]*$/.test(gap) && eol > 0 && length !== null && start + length <= text.length) {
        const after = start + length;
        const close = after + eolAt(text, after, true);
        const data = text.slice(start, after);
        if (text.startsWith('endstream', close) && !data.includes('endstream') && !OBJECT_HEADER.test(data)) {
          outside += text.slice(from, start) + ' ';
          from = after;
          end = after;
          next = close + 'endstream'.length;
        }
      }
      streams.push({ dict: text.slice(justClosed.start, justClosed.end), start, end });
      previous = [];
      afterObj = false;
      token = pdfToken(text, next);
      continue;
    }
    if (token.kind === 'open') {
      if (afterObj && token.value === '<<') dict = { start: token.start, top: [] };
      else if (dict && depth === 1) dict.top.push(token.value);
      depth++;
    } else if (token.kind === 'close') {
      depth = Math.max(0, depth - 1);
      if (dict && depth === 0) {
        if (token.value === '>>') closed = { start: dict.start, end: token.end, top: dict.top };
        dict = null;
      }
    } else if (dict && depth === 1) dict.top.push(token.kind === 'name' ? `/${token.value}` : token.value);
    afterObj = false;
    if (depth === 0 && token.kind !== 'close') {
      afterObj =
        token.kind === 'regular' &&
        token.value === 'obj' &&
        previous.length === 2 &&
        previous.every((t) => t.kind === 'regular' && INTEGER.test(t.value));
      previous = [...previous, token].slice(-2);
    }
    token = pdfToken(text, next);
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
  const isObjStm = (name: string) => name === 'ObjStm';
  // Every object stream named in the syntax must be one read below: a reader finds it by its offset,
  // even where the syntax before it does not lead there (an unclosed string, say).
  let unread = pdfNames(outside).filter(isObjStm).length;
  for (const stream of streams) {
    const dict = pdfNames(stream.dict);
    unread -= dict.filter(isObjStm).length;
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
  if (unread > 0) found.add('/ObjStm (unreadable)');
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
  const inMetadata = (tag: string | null): ContentFinding | null =>
    tag ? { key: 'icv.evidence.polyglot', params: { marker: tag } } : null;
  if (contentType === 'image/png') {
    const png = pngWalk(bytes);
    if (!png) return { key: 'icv.evidence.contentMismatch' };
    return inMetadata(pngTextMarkup(png.chunks, inflate)) ?? trailing(png.end, 'IEND');
  }
  if (contentType === 'image/jpeg') {
    const jpeg = jpegWalk(bytes);
    if (!jpeg) return { key: 'icv.evidence.contentMismatch' };
    const tag = jpeg.comments.map((c) => metadataMarkup(latin1(c))).find((t) => t !== null) ?? null;
    return inMetadata(tag) ?? trailing(jpeg.end, 'FFD9');
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
