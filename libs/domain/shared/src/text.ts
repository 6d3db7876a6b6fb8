/**
 * What a text value may hold at all, before any rule of its field: the characters PostgreSQL cannot
 * store, and the characters a code, identifier or filename may not carry.
 *
 * - PostgreSQL refuses NUL (U+0000) in text and JSON, and an unpaired UTF-16 surrogate cannot be
 *   encoded as UTF-8 (it would silently become U+FFFD): no field may hold either.
 * - A code, identifier or filename is also refused with a C0 or C1 control character (U+0000–U+001F,
 *   U+007F–U+009F) or a bidirectional control (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069),
 *   which would make it look like another. Free text keeps them: it is stored as typed and shown escaped.
 */

/** The kind of value a text field holds: a `code` (code, identifier, filename) or free `text`. */
export type TextKind = 'code' | 'text';

/** The first character no field may hold (NUL, unpaired surrogate), or null. */
export function unstorableCharacter(value: string): { position: number; codePoint: number } | null {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0) return { position: i, codePoint: c };
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return { position: i, codePoint: c };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { position: i, codePoint: c };
  }
  return null;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The first control or bidirectional control character (not allowed in a code), or null. */
export function controlCharacter(value: string): { position: number; codePoint: number } | null {
  const match = CONTROL.exec(value);
  return match ? { position: match.index, codePoint: match[0].charCodeAt(0) } : null;
}

/** `U+202E`: how a problem names a character (never the character itself, which may be invisible). */
export const codePointName = (codePoint: number): string =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The value with what no code may carry taken out (controls, bidirectional controls, unpaired
 * surrogates): for recording what someone typed where it is not refused, such as a sign-in name.
 */
export function withoutControlCharacters(value: string): string {
  return value.replace(new RegExp(CONTROL.source, 'g'), '').replace(/\p{Surrogate}/gu, '');
}
