/** Deepest nesting a FHIR bundle may have: an mCODE bundle nests about 8 levels; 64 is generous. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether a JSON text nests arrays/objects deeper than `max`, found by one scan of the characters
 * before any parsing — a pathological `[[[[…]]]]` is refused without building it (JSON.parse of a
 * deep text costs memory, and recursive walks over the result would overflow the stack).
 *
 * @param text - the raw request body.
 * @param max - the deepest nesting allowed.
 * @returns true when some value lies deeper than `max`.
 */
export function jsonDepthExceeds(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
