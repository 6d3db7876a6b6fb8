import { createHash } from 'node:crypto';

const hex = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');
const format = (h: Buffer) => {
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
};

/** RFC 4122 name-based uuid (version 5, SHA-1) of `name` in `namespace`. */
export function uuidV5(namespace: string, name: string): string {
  const h = createHash('sha1').update(hex(namespace)).update(name, 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  return format(h);
}

/** The RFC 4122 URL namespace. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/** The namespace of the uuids in the risk service's OSCAL exports: the same record, the same uuid. */
export const RISK_EXPORT_NAMESPACE = uuidV5(URL_NAMESPACE, 'urn:mkib:risk:oscal');
