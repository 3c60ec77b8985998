/**
 * Turns the part of a code the catalog does not know into words, so a fallback explanation can still
 * say what the server complained about: "InstanceIdMalformed" → "instance id malformed".
 */

/** Longer tails are not codes anyone typed; reading them would only cost time. */
const MAX_TAIL = 256;
const MAX_DETAIL = 200;

// Acronym run before a capitalised word, a capitalised or lower word (digits stay attached: "ipv6"), an acronym, digits.
const WORD = /[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+/g;

/** Readable form of a code tail such as "InstanceIdMalformed" or "DeleteTrigger.UrlUsed"; null when nothing readable is left. */
export function readableDetail(tail: string): string | null {
  if (typeof tail !== 'string' || tail.length === 0) return null;
  const parts = tail
    .slice(0, MAX_TAIL)
    .split('.')
    .map(readablePart)
    .filter((part) => part.length > 0);
  if (parts.length === 0) return null;
  const detail = parts.join(': ');
  return detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL - 1)}…` : detail;
}

function readablePart(part: string): string {
  // Anything that is not an ASCII letter or digit (underscores, dashes, lone surrogates...) separates words.
  const chunks = part.split(/[^A-Za-z0-9]+/).filter((chunk) => chunk.length > 0);
  // SCREAMING_SNAKE parts are ordinary words written in capitals, not acronyms.
  const screaming = chunks.length > 1 && chunks.every((chunk) => !/[a-z]/.test(chunk));
  const words: string[] = [];
  for (const chunk of chunks) {
    if (screaming || (!/[a-z]/.test(chunk) && chunk.length > 5)) {
      words.push(chunk.toLowerCase());
      continue;
    }
    for (const word of chunk.match(WORD) ?? []) {
      words.push(isAcronym(word) ? word : word.toLowerCase());
    }
  }
  return words.join(' ');
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && !/[a-z]/.test(word) && /[A-Z]/.test(word);
}
