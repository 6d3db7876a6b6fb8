import type { FieldProblem } from '@mkib/domain-shared';

/**
 * Evidence (bewijsstukken) attached to an assessed measure: a bounded size, a known type whose content
 * matches it (checked on the bytes, not on the name), stored with its SHA-256 so an auditor can check
 * that what was shown is what was stored.
 */
export const MAX_EVIDENCE_BYTES = 1_500_000;
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
  if (!name || name.length > 200 || /[\\/\u0000-\u001f]/.test(name))
    problems.push({
      field: 'input.filename',
      message: 'give a file name of at most 200 characters, without slashes',
    });
  const type = EVIDENCE_TYPES[file.contentType];
  if (!type)
    problems.push({
      field: 'input.contentType',
      message: `must be one of PDF, PNG, JPEG, text, CSV, Word/Excel (OOXML) or OpenDocument; not ${file.contentType}`,
    });
  if (file.bytes.length === 0) problems.push({ field: 'input.contentBase64', message: 'the file is empty' });
  else if (file.bytes.length > MAX_EVIDENCE_BYTES)
    problems.push({
      field: 'input.contentBase64',
      message: `the file is ${file.bytes.length} bytes; at most ${MAX_EVIDENCE_BYTES} bytes (1.5 MB)`,
    });
  else if (type && !type.check(file.bytes))
    problems.push({ field: 'input.contentBase64', message: `the content is not a ${file.contentType} file` });
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  if (type && !type.extensions.includes(extension))
    problems.push({
      field: 'input.filename',
      message: `a ${file.contentType} file ends in .${type.extensions.join(' or .')}`,
    });
  return problems;
}
