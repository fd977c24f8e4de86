// The trade-briefings command as a user runs it: a fresh folder, `start` twice, then `figures --json`,
// `report` and `extract`; failures exit non-zero with one line on stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toDocx, toHtml, toPdf } from './support/make-documents.js';
import { goldFigures, PROJECT_ROOT, SEEDS_DIR, seedFiles, strictKey } from './support/seeds.js';

const cwd = mkdtempSync(join(tmpdir(), 'trade-briefings-cli-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function cli(...args: string[]) {
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
