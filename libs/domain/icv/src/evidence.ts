import type { FieldProblem } from '@mkib/domain-shared';
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

export function checkEvidence(file: {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = file.filename.trim();
  if (!name || name.length > MAX_FILENAME || /[\\/\u0000-\u001f]/.test(name))
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
