import type { FieldProblem } from '@mkib/domain-shared';
import { Inflate, inspectContent } from './evidence-content';
import { icvMessage as m } from './messages';

/**
 * Evidence (bewijsstukken) attached to an assessed measure: a bounded size, a known type whose content
 * matches it (checked on the bytes, not on the name), stored with its SHA-256 so an auditor can check
 * that what was shown is what was stored.
 */
export const MAX_EVIDENCE_BYTES = 1_500_000;
export const MAX_FILENAME = 200;
export const EVIDENCE_TYPES: Record<string, { extensions: string[]; check: (b: Uint8Array) => boolean }> = {
  'application/pdf': { extensions: ['pdf'], check: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  'image/png': {
    extensions: ['png'],
    check: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], check: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  'text/plain': { extensions: ['txt'], check: isText },
  'text/csv': { extensions: ['csv'], check: isText },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extensions: ['docx'],
    check: isZip,
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extensions: ['xlsx'], check: isZip },
  'application/vnd.oasis.opendocument.text': { extensions: ['odt'], check: isZip },
  'application/vnd.oasis.opendocument.spreadsheet': { extensions: ['ods'], check: isZip },
};

function startsWith(b: Uint8Array, prefix: number[]): boolean {
  return b.length >= prefix.length && prefix.every((v, i) => b[i] === v);
}
function isZip(b: Uint8Array): boolean {
  return startsWith(b, [0x50, 0x4b, 0x03, 0x04]);
}
function isText(b: Uint8Array): boolean {
  if (b.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/**
 * Invisible characters that change how a name reads: C0 and C1 controls and DEL, the bidirectional
 * marks, embeddings, overrides and isolates (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069), zero-width
 * characters and the byte order mark, and unpaired surrogates.
 */
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * Characters of markup and those Windows takes in no name (`< > " : | ? *`): replaced by `_`. An
 * apostrophe and `&` stay (common in names; every place that shows a name escapes it).
 */
const MARKUP_OR_RESERVED = /[<>":|?*]/g;

/**
 * The name an evidence file is stored and offered for download under (issue 13, §5): NFC, without
 * invisible and bidi control characters (removed, so `exe\u202Efdp.txt` is `exefdp.txt` as it reads in
 * memory), with markup and reserved characters (`< > " : | ? *`) replaced by `_`, whitespace
 * collapsed, leading dots and spaces and trailing ones trimmed, and capped at MAX_FILENAME characters
 * (the extension kept). Slashes are not removed here: a name with a path is refused (checkEvidence).
 */
export function normaliseFilename(filename: string): string {
  const cleaned = filename
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(MARKUP_OR_RESERVED, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_FILENAME) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  const stem = Array.from(extension ? cleaned.slice(0, dot) : cleaned);
  return (
    stem
      .slice(0, MAX_FILENAME - extension.length)
      .join('')
      .trimEnd() + extension
  );
}

/**
 * The problems of an evidence file: its name (normalised first, see normaliseFilename), its declared
 * type, its size, its magic bytes against that type, and what its content holds (evidence-content.ts:
 * polyglots, data after the end, PDF active content, text a browser would show as a page). Compressed
 * PDF object streams are read through `inflate` (a server gives zlib's); without it they are refused.
 */
export function checkEvidence(
  file: { filename: string; contentType: string; bytes: Uint8Array },
  options: { inflate?: Inflate } = {},
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = normaliseFilename(file.filename);
  if (!name || /[\\/]/.test(name))
    problems.push(m.problem('input.filename', 'icv.evidence.filename', { max: MAX_FILENAME }));
  const type = EVIDENCE_TYPES[file.contentType];
  if (!type)
    problems.push(
      m.problem('input.contentType', 'icv.evidence.contentType', { contentType: file.contentType }),
    );
  if (file.bytes.length === 0) problems.push(m.problem('input.contentBase64', 'icv.evidence.empty'));
  else if (file.bytes.length > MAX_EVIDENCE_BYTES)
    problems.push(
      m.problem('input.contentBase64', 'icv.evidence.tooLarge', {
        size: file.bytes.length,
        max: MAX_EVIDENCE_BYTES,
      }),
    );
  else if (type && !type.check(file.bytes))
    problems.push(
      m.problem('input.contentBase64', 'icv.evidence.contentMismatch', { contentType: file.contentType }),
    );
  else if (type) {
    const finding = inspectContent(file.contentType, file.bytes, options.inflate);
    if (finding)
      problems.push(
        m.problem('input.contentBase64', finding.key, {
          contentType: file.contentType,
          ...('params' in finding ? finding.params : {}),
        }),
      );
  }
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  if (type && !type.extensions.includes(extension))
    problems.push(
      m.problem('input.filename', 'icv.evidence.extension', {
        contentType: file.contentType,
        extensions: type.extensions.join(' or .'),
      }),
    );
  return problems;
}
