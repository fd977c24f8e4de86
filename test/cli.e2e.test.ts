// The trade-briefings command as a user runs it: a fresh folder, `start` twice, then `figures --json`,
// `report` and `extract`; failures exit non-zero with one line on stderr.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileFiles } from './support/hostile-files.js';
import { toDocx, toHtml, toPdf } from './support/make-documents.js';
import { goldFigures, PROJECT_ROOT, SEEDS_DIR, seedFiles, strictKey } from './support/seeds.js';

const cwd = mkdtempSync(join(tmpdir(), 'trade-briefings-cli-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const cli = (...args: string[]) => cliIn(cwd, ...args);

function cliIn(cwd: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      '--openssl-legacy-provider',
      '--no-warnings=ExperimentalWarning',
      join(PROJECT_ROOT, 'bin/trade-briefings.js'),
      ...args,
    ],
    { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe('trade-briefings CLI', () => {
  it('start runs the pipeline and writes briefings and emails; a second start adds nothing', () => {
    // Act
    const first = cli('start', '--seeds', SEEDS_DIR, '--month', '2026-11');
    const second = cli('start', '--seeds', SEEDS_DIR, '--month', '2026-11');
    // Assess
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Documents: 5 (needs_review 2, processed 3)');
    expect(first.stdout).toMatch(/BE\/MA: 5\n\s+JP\/MA: 2/);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('BE/MA: 5 figures; emailed to 0, already sent to 1');
    expect(readdirSync(join(cwd, 'reports/2026-11')).sort()).toEqual([
      'outbox',
      'trade-briefing-BE-MA-2026-11-en.pdf',
      'trade-briefing-BE-MA-2026-11-en.xlsx',
      'trade-briefing-HK-MA-2026-11-en.pdf',
      'trade-briefing-HK-MA-2026-11-en.xlsx',
      'trade-briefing-JP-MA-2026-11-en.pdf',
      'trade-briefing-JP-MA-2026-11-en.xlsx',
    ]);
    expect(readdirSync(join(cwd, 'reports/2026-11/outbox')).sort()).toEqual([
      'BE-MA--analyst@trade-briefings.local.eml',
      'HK-MA--analyst@trade-briefings.local.eml',
      'JP-MA--analyst@trade-briefings.local.eml',
    ]);
    expect(existsSync(join(cwd, '.local/dynamodb'))).toBe(true);
  });

  it('figures --json lists the seven seed figures and nothing else', () => {
    const { code, stdout } = cli('figures', '--json');
    expect(code).toBe(0);
    const figures = jsonLines(stdout);
    expect(figures.map(strictKey).sort()).toEqual(goldFigures().map(strictKey).sort());
    expect(figures.every((f) => f.doc.startsWith('incoming/'))).toBe(true);
    expect(jsonLines(cli('figures', '--json', '--pair', 'ma/jp').stdout)).toHaveLength(2);
  });

  it('status --json gives each document its status and reason; reprocess --all replaces, never adds', () => {
    const status = cli('status', '--json');
    expect(status.code, status.stderr).toBe(0);
    const lines = jsonLines(status.stdout);
    expect(lines.map((l) => [l.key.slice(9, 12), l.status, l.figures])).toEqual([
      ['000', 'processed', 3],
      ['001', 'processed', 2],
      ['002', 'needs_review', 0],
      ['003', 'processed', 2],
      ['004', 'needs_review', 0],
    ]);
    expect(lines[2].reason).toMatch(/^the text speaks of trade but no trade figure was found/);
    const ids = jsonLines(cli('figures', '--json').stdout).map((f) => f.id);

    const reprocess = cli('reprocess', '--all');
    expect(reprocess.code, reprocess.stderr).toBe(0);
    expect(reprocess.stdout).toContain('Reprocessed 5 document(s).');
    expect(
      jsonLines(cli('figures', '--json').stdout)
        .map((f) => f.id)
        .sort(),
    ).toEqual(ids.sort());
    expect(cli('reprocess').stderr).toContain('say which documents: --all, or --status');
  });

  it('subscribe, subscribers and unsubscribe manage who receives which pair, in which language', () => {
    expect(cli('subscribe', '--pair', 'ma/be', '--email', 'Lea@example.org', '--lang', 'nl').code).toBe(0);
    const listed = jsonLines(cli('subscribers', '--pair', 'BE/MA', '--json').stdout);
    expect(listed).toEqual(
      expect.arrayContaining([{ pair: 'BE/MA', email: 'lea@example.org', language: 'nl' }]),
    );
    expect(cli('unsubscribe', '--pair', 'BE/MA', '--email', 'lea@example.org').code).toBe(0);
    expect(
      jsonLines(cli('subscribers', '--pair', 'BE/MA', '--json').stdout).map((s) => s.email),
    ).not.toContain('lea@example.org');
    const again = cli('unsubscribe', '--pair', 'BE/MA', '--email', 'lea@example.org');
    expect([again.code, again.stderr.trim()]).toEqual([
      1,
      'trade-briefings: lea@example.org is not subscribed to BE/MA',
    ]);
    expect(cli('subscribe', '--pair', 'BE/MA', '--email', 'lea', '--lang', 'nl').stderr).toContain(
      'an email address',
    );
  });

  it("unsubscribe --token does locally what an email's unsubscribe link does; a forged token changes nothing", () => {
    // Prepare: the token of the local run's BE/MA email (start sent it)
    const mail = readFileSync(
      join(cwd, 'reports/2026-11/outbox/BE-MA--analyst@trade-briefings.local.eml'),
      'utf8',
    );
    const token = /unsubscribe --token ([\w-]+\.[\w-]{43})/.exec(mail.replace(/=\r?\n/g, ''))?.[1] as string;
    const [payload, mac = ''] = token.split('.');
    const subscribed = () =>
      jsonLines(cli('subscribers', '--pair', 'BE/MA', '--json').stdout).map((s) => s.email);
    // Act
    const forged = cli(
      'unsubscribe',
      '--token',
      `${payload}.${mac.startsWith('A') ? 'B' : 'A'}${mac.slice(1)}`,
    );
    // Assess
    expect([forged.code, forged.stderr.trim()]).toEqual([
      1,
      'trade-briefings: the token is not valid (not signed by this installation, or altered): nothing was changed',
    ]);
    expect(subscribed()).toContain('analyst@trade-briefings.local');
    // Act
    const valid = cli('unsubscribe', '--token', token);
    // Assess
    expect([valid.code, valid.stdout.trim()]).toEqual([
      0,
      'analyst@trade-briefings.local no longer receives the BE/MA briefing',
    ]);
    expect(subscribed()).not.toContain('analyst@trade-briefings.local');
    expect(cli('subscribe', '--pair', 'BE/MA', '--email', 'analyst@trade-briefings.local').code).toBe(0);
  });

  it('report renders one pair without sending', () => {
    const { code, stdout } = cli('report', '--month', '2026-12', '--pair', 'BE/MA');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      'reports/2026-12/trade-briefing-BE-MA-2026-12-en.xlsx',
      'reports/2026-12/trade-briefing-BE-MA-2026-12-en.pdf',
    ]);
    expect(existsSync(join(cwd, 'reports/2026-12/outbox'))).toBe(false);
  });

  it('extract prints only JSON lines, each a figure record plus the path as given', () => {
    const files = seedFiles();
    const { code, stdout, stderr } = cli('extract', '--format', 'jsonl', ...files);
    expect(code, stderr).toBe(0);
    const figures = jsonLines(stdout);
    expect(figures).toHaveLength(7);
    for (const f of figures) {
      expect(files).toContain(f.doc);
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining([
          'metric',
          'measure',
          'from',
          'to',
          'value',
          'unit',
          'period',
          'kind',
          'bound',
          'sector',
          'quote',
        ]),
      );
    }
  });

  it('extract reads PDF, Word and HTML files as it reads the text, and names a file it refuses', async () => {
    const made: string[] = [];
    for (const [i, file] of seedFiles().entries()) {
      const text = readFileSync(file, 'utf8');
      const [name, bytes] = [
        [`seed-${i}.pdf`, await toPdf(text)],
        [`seed-${i}.docx`, await toDocx(text)],
        [`seed-${i}.html`, toHtml(text)],
      ][i % 3] as [string, Uint8Array];
      writeFileSync(join(cwd, name), bytes);
      made.push(join(cwd, name));
    }
    const converted = cli('extract', '--format', 'jsonl', ...made);
    expect(converted.code, converted.stderr).toBe(0);
    expect(jsonLines(converted.stdout).map(strictKey).sort()).toEqual(goldFigures().map(strictKey).sort());

    writeFileSync(
      join(cwd, 'photo.pdf'),
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]),
    );
    const refused = cli('extract', '--format', 'jsonl', join(cwd, 'photo.pdf'), ...made.slice(0, 1));
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(`${join(cwd, 'photo.pdf')}: the file is an image (JPG), not a document`);
    expect(jsonLines(refused.stdout).length).toBeGreaterThan(0);
  });

  it('explains every command with --help', () => {
    for (const command of ['start', 'ingest', 'figures', 'report', 'extract']) {
      const { code, stdout } = cli(command, '--help');
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: trade-briefings ${command}`);
    }
  });

  it('fails with a non-zero exit and one line of reason', () => {
    const missing = cli('extract', '--format', 'jsonl', join(cwd, 'no-such-file.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n').at(-1)).toBe(
      'trade-briefings: 1 of 1 file(s) could not be read',
    );
    const badPair = cli('figures', '--pair', 'Belgium');
    expect(badPair.code).not.toBe(0);
    expect(badPair.stderr).toContain('a pair is two economy codes');
  });
});

describe('trade-briefings ingest, as staff drop files', () => {
  const home = mkdtempSync(join(tmpdir(), 'trade-briefings-ingest-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  const run = (...args: string[]) => cliIn(home, ...args);
  const status = () => new Map(jsonLines(run('status', '--json').stdout).map((d) => [d.key, d]));
  const write = (path: string, text: string | Uint8Array) => {
    mkdirSync(join(home, path, '..'), { recursive: true });
    writeFileSync(join(home, path), text);
  };
  const [seedA, seedB] = seedFiles().map((f) => readFileSync(f, 'utf8'));

  it('keeps two different files of the same name apart; the same file again replaces its earlier version', () => {
    // Prepare
    write('dirA/note.txt', seedA as string);
    write('dirB/note.txt', seedB as string);
    // Act
    const first = run('ingest', 'dirA/note.txt', 'dirB/note.txt');
    // Assess
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^dirA\/note\.txt → incoming\/note\.txt: processed, 3 figure\(s\)$/m);
    expect(first.stdout).toMatch(/^dirB\/note\.txt → incoming\/note-2\.txt: processed, 2 figure\(s\)$/m);
    expect(jsonLines(run('figures', '--json').stdout)).toHaveLength(5);

    // the second file edited and dropped again: a new version of its own key, the first file untouched
    write('dirB/note.txt', `${seedB}\n`);
    const again = run('ingest', 'dirB/note.txt');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(
      /^dirB\/note\.txt → incoming\/note-2\.txt: processed, 2 figure\(s\) — replaces an earlier version of this file \(ingested \d{4}-\d{2}-\d{2}\)$/m,
    );
    expect([...status().keys()].sort()).toEqual(['incoming/note-2.txt', 'incoming/note.txt']);
  });

  it('names a missing file and walks a folder, and ingests the rest of the batch', () => {
    // Prepare
    write('inbox/a.txt', seedA as string);
    write('inbox/sub/b.txt', seedB as string);
    write('inbox/.hidden.txt', 'not for ingestion');
    write('good.txt', `${seedA}\n\n`);
    // Act
    const result = run('ingest', 'missing.txt', 'inbox', 'good.txt', 'empty-folder');
    // Assess
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing.txt: not ingested: no such file or folder\n');
    expect(result.stderr).toContain('empty-folder: not ingested: no such file or folder\n');
    expect(result.stderr.trim().split('\n').at(-1)).toBe(
      'trade-briefings: 2 of the arguments could not be ingested (named above)',
    );
    expect(result.stdout).toMatch(/^inbox\/a\.txt → incoming\/a\.txt: duplicate/m);
    expect(result.stdout).toMatch(/^inbox\/sub\/b\.txt → incoming\/b\.txt: processed, 2 figure\(s\)$/m);
    expect(result.stdout).toMatch(/^good\.txt → incoming\/good\.txt: processed, 3 figure\(s\)$/m);
    expect(result.stdout).not.toContain('hidden');
    expect(result.stderr).not.toMatch(/ENOENT|EISDIR/);
  });

  it('refuses a renamed image as an image, even after the same image', async () => {
    // Prepare
    const png = (await hostileFiles()).find((f) => f.name === 'a PNG named .pdf')?.bytes as Uint8Array;
    write('picture.png', png);
    write('picture.txt', png);
    // Act
    const result = run('ingest', 'picture.png', 'picture.txt');
    // Assess
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^picture\.png → incoming\/picture\.png: rejected, 0 figure\(s\) — the file is an image \(PNG\)/m,
    );
    expect(result.stdout).toMatch(
      /^picture\.txt → incoming\/picture\.txt: rejected, 0 figure\(s\) — the file is an image \(PNG\)/m,
    );
  });

  it('refuses a pair of unknown codes, and says when a known pair has no figures', () => {
    const unknown = run('figures', '--pair', 'BE/XX');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('XX is not an ISO 3166 country code nor a group');
    const empty = run('figures', '--pair', 'BE/FR');
    expect([empty.code, empty.stdout, empty.stderr]).toEqual([0, '', 'no figures stored for BE/FR\n']);
    const report = run('report', '--pair', 'XX/MA');
    expect(report.code).toBe(1);
    expect(report.stderr).toContain('XX is not an ISO 3166 country code nor a group');
  });
});
