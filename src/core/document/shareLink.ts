import lzString from 'lz-string';
import type { Design } from '../model/types';
import { parseDesignText, type ParseOptions, type ParseResult } from './parseDesign';
import { problem } from './problems';
import { serializeDesign } from './serializeDesign';

/** The key of the URL fragment that carries a shared design: `#design=…`. */
export const SHARE_KEY = 'design';

/**
 * A URL fragment (without `#`) carrying a design: its file text compressed with lz-string
 * into characters that need no escaping in a URL. Nothing of it is sent to a server.
 */
export function shareFragment(design: Design): string {
  return `${SHARE_KEY}=${lzString.compressToEncodedURIComponent(serializeDesign(design))}`;
}

/**
 * The design a URL fragment carries, read like a design file: null when the fragment carries
 * none, else the parse result, with a problem when the data is damaged (a link cut short).
 */
export function readShareFragment(hash: string, options: ParseOptions = {}): ParseResult | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${SHARE_KEY}=`;
  if (!fragment.startsWith(prefix)) return null;
  const data = fragment.slice(prefix.length);
  let text: string | null;
  try {
    text = data === '' ? null : lzString.decompressFromEncodedURIComponent(data);
  } catch {
    text = null;
  }
  if (text === null || text === '') {
    return { ok: false, problems: [problem(options.language ?? 'en', [], 'share.damaged', { length: data.length })] };
  }
  return parseDesignText(text, options);
}
