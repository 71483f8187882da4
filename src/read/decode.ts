// Bytes → text, or a clear reason why not. Input problems are diagnostics, never exceptions.

/** Largest .txt/.md file read whole, and largest JSONL line. Documented in README (Limits). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_LINE_CHARS = 5 * 1024 * 1024;

export type Decoded = { ok: true; text: string; note?: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, reason: `file is ${bytes.length} bytes, over the ${MAX_FILE_BYTES}-byte limit (split it, or use JSONL)` };
  }
  // UTF-16 with a byte-order mark: decode it (Windows tools write these).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, reason: `binary data (NUL byte at offset ${nul}); expected UTF-8 text` };
  }
  let text: string;
  try {
    // TextDecoder drops a leading UTF-8 BOM; offsets then index the text without it.
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}; re-encode the file as UTF-8` };
  }
  return checkText(text);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    const checked = checkText(text);
    return checked.ok ? { ...checked, note: `decoded as ${encoding.toUpperCase()}` } : checked;
  } catch {
    return { ok: false, reason: `invalid ${encoding.toUpperCase()} (starts with a byte-order mark)` };
  }
}

/** Text that decoded but is not prose: blank, or mostly control characters. */
export function checkText(text: string): Decoded {
  if (text.trim() === '') return { ok: false, reason: 'no text (only white space)' };
  let control = 0;
  const sample = Math.min(text.length, 4096);
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (control > sample * 0.1) return { ok: false, reason: 'binary data (mostly control characters); expected text' };
  return { ok: true, text };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Decode growing prefixes by halving: cheap enough for an error path.
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  // The valid prefix may end in the lead bytes of the broken sequence: point at its start.
  let at = lo;
  while (at > 0 && lo - at < 3 && (bytes[at - 1] & 0xc0) === 0x80) at--;
  if (at > 0 && bytes[at - 1] >= 0xc0) return at - 1;
  return lo;
}
