// Letters of the Latin script (ASCII, Latin-1, Latin Extended-A/B) and combining marks, for the hot
// scanning patterns: French, Dutch and English need no more, and V8 matches an explicit range about three
// times faster than \p{L}.
export const LATIN_LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F';
