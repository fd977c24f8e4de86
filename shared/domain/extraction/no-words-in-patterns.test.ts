// Words live in the language records (`languages/{fr,nl,en}.ts`), not in the stage modules: a pattern that spells
// "exportations|uitvoer|exports" in a stage module is a word a fourth language cannot supply. This test finds the
// patterns of every module outside `languages/` (regex literals, `new RegExp` strings, pattern strings) that still
// hold a word, and fails on any.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = import.meta.dirname;

/** The regex literals and pattern strings of a TypeScript source, as written (escapes of a string undone). */
function patternLiterals(source: string): string[] {
  const found: string[] = [];
  const scan = (code: string): void => {
    let last = ''; // the last significant character of code, to tell a regex from a division
    let lastWord = '';
    for (let i = 0; i < code.length; ) {
      const c = code.charAt(i);
      if (c === '/' && code.charAt(i + 1) === '/') {
        const end = code.indexOf('\n', i);
        i = end < 0 ? code.length : end;
        continue;
      }
      if (c === '/' && code.charAt(i + 1) === '*') {
        const end = code.indexOf('*/', i + 2);
        i = end < 0 ? code.length : end + 2;
        continue;
      }
      if (c === "'" || c === '"') {
        let j = i + 1;
        while (j < code.length && code.charAt(j) !== c) j += code.charAt(j) === '\\' ? 2 : 1;
        const text = unescapeString(code.slice(i + 1, j));
        if (NEW_REGEXP.test(code.slice(Math.max(0, i - 40), i)) || looksLikePattern(text)) found.push(text);
        i = j + 1;
        last = c;
        continue;
      }
      if (c === '`') {
        // a template: its text parts are one pattern string, its substitutions code
        let j = i + 1;
        let text = '';
        while (j < code.length && code.charAt(j) !== '`') {
          if (code.charAt(j) === '\\') {
            text += code.slice(j, j + 2);
            j += 2;
          } else if (code.startsWith('${', j)) {
            let depth = 1;
            let k = j + 2;
            while (k < code.length && depth > 0) {
              if (code.charAt(k) === '{') depth++;
              else if (code.charAt(k) === '}') depth--;
              k++;
            }
            scan(code.slice(j + 2, k - 1));
            text += ' ';
            j = k;
          } else text += code.charAt(j++);
        }
        const unescaped = unescapeString(text);
        if (NEW_REGEXP.test(code.slice(Math.max(0, i - 40), i)) || looksLikePattern(unescaped))
          found.push(unescaped);
        i = j + 1;
        last = '`';
        continue;
      }
      if (c === '/' && (REGEX_BEFORE.includes(last) || last === '' || REGEX_KEYWORDS.has(lastWord))) {
        let j = i + 1;
        let inClass = false;
        while (j < code.length && (inClass || code.charAt(j) !== '/')) {
          if (code.charAt(j) === '\\') j++;
          else if (code.charAt(j) === '[') inClass = true;
          else if (code.charAt(j) === ']') inClass = false;
          j++;
        }
        found.push(code.slice(i + 1, j));
        i = j + 1;
        while (/[a-z]/.test(code.charAt(i))) i++;
        last = '/';
        lastWord = '';
        continue;
      }
      if (/[\w$]/.test(c)) {
        let j = i;
        while (j < code.length && /[\w$]/.test(code.charAt(j))) j++;
        lastWord = code.slice(i, j);
        last = 'a';
        i = j;
        continue;
      }
      if (!/\s/.test(c)) {
        last = c;
        lastWord = '';
      }
      i++;
    }
  };
  scan(source);
  return found;
}

const NEW_REGEXP = /new RegExp\(\s*$/;
const REGEX_BEFORE = '(,=:[!&|?{};+-*%<>~^';
const REGEX_KEYWORDS = new Set(['return', 'typeof', 'case', 'of', 'in', 'void', 'yield', 'await']);
/** A string that holds regex syntax is a pattern source: "(?<!\\p{L})(?:nam|namen)…". */
const looksLikePattern = (text: string): boolean => /\(\?[:<=!]|\\[pP]\{|\\s/.test(text);
const unescapeString = (text: string): string => text.replace(/\\\\/g, '\\');

/** Whether a pattern, its escapes, character classes and group names taken out, still spells a word. */
function holdsAWord(pattern: string): boolean {
  const bare = pattern
    .replace(/\\[pP]\{[^}]*\}/g, ' ')
    .replace(/\\u\{[0-9A-Fa-f]+\}|\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}|\\c[A-Za-z]/g, ' ')
    .replace(/\\k<[^>]*>/g, ' ')
    .replace(/\\./g, ' ')
    .replace(/\(\?<([A-Za-z_$][\w$]*)>/g, '(')
    .replace(/\[(?:[^\]\\]|\\.)*\]/g, ' ');
  return (bare.match(/\p{L}{2,}/gu) ?? []).some((run) => !CODES.test(run));
}

/**
 * Letters that are no language's words: ISO currency codes and the signs and units fused with numbers in every
 * language's press ("USD", "US$", "MMDH", "Mds €", "Kshs", "Sh", "Rs", "pct", "pp").
 */
const CODES = /^(?:[A-Z]{3}|US|AU|CA|NZ|HK|DH|Dhs?|Kshs?|Shs?|Rs|MMDH|Mrds?|Mds?|Md|pct|pp|pt)$/;

const wordyPatterns = (source: string): string[] => patternLiterals(source).filter(holdsAWord);

function moduleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'languages' ? [] : moduleFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The files whose patterns spell words, each with those patterns. */
function spellingWords(sources: Record<string, string>): string[] {
  const over: string[] = [];
  for (const [file, source] of Object.entries(sources)) {
    const wordy = wordyPatterns(source);
    if (wordy.length > 0) over.push(`${file}: ${wordy.length} patterns hold words:\n  ${wordy.join('\n  ')}`);
  }
  return over;
}

describe('no words in the patterns of the stage modules', () => {
  it('finds a word in a pattern, and none in escapes, classes or group names', () => {
    const source = [
      'const FLOW = /(?:exports|uitvoer)/iu;',
      "const CHANGE = new RegExp('(?<!\\\\p{L})(?:nam|namen)\\\\s+af', 'iu');",
      'const half = total / 2 / count;',
      'const BARE = latin(/(?<![\\p{L}])\\s*[A-Za-z\\u00C0-\\u024F]+(?<year>\\d{4})\\b$/u); // (?:comment|words)',
      "const name = 'exports';",
      'const HINT = new RegExp(',
      "        'invoer|uitvoer',",
      "  'i');",
    ].join('\n');
    expect(wordyPatterns(source)).toEqual([
      '(?:exports|uitvoer)',
      '(?<!\\p{L})(?:nam|namen)\\s+af',
      'invoer|uitvoer',
    ]);
  });

  it('fails a stage module that spells words in a pattern', () => {
    const over = spellingWords({ 'merge.ts': 'const BOTH = /(?:exports|uitvoer)/iu;' });
    expect(over.join('\n')).toContain('(?:exports|uitvoer)');
  });

  it('finds none in any module outside languages/', () => {
    const sources = Object.fromEntries(
      moduleFiles(ROOT).map((path) => [relative(ROOT, path), readFileSync(path, 'utf8')]),
    );
    const over = spellingWords(sources);
    expect(over, over.join('\n')).toEqual([]);
  });
});
