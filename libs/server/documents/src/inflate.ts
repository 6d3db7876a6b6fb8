import { constants, inflateSync } from 'node:zlib';

/** At most this many bytes come out of one inflated part: a guard against a zip bomb. */
export const MAX_INFLATED_BYTES = 16 * 1024 * 1024;

/**
 * Inflates zlib (FlateDecode) data as far as it goes, as a PDF reader does with a damaged stream; null
 * when it is not zlib data or would inflate beyond MAX_INFLATED_BYTES. Evidence checks read compressed
 * PDF object streams through it (`checkEvidence(file, { inflate })` in @mkib/domain-icv).
 */
export function inflatePart(bytes: Uint8Array): Uint8Array | null {
  try {
    return inflateSync(bytes, {
      finishFlush: constants.Z_SYNC_FLUSH,
      maxOutputLength: MAX_INFLATED_BYTES,
    });
  } catch {
    return null;
  }
}
