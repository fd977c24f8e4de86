// Uploads files to the bucket's incoming/ prefix and, on the embedded engines, lets the S3 notifications run
// through the ingest handler, exactly as the bucket → queue → Lambda path does in AWS.
//
// Two different files never overwrite each other: a file keeps its name as its key unless another file
// (another path) already holds that key, in which case it takes the next free `name-2.ext`, `name-3.ext`…
// The same file uploaded again is a new version of its key, which the pipeline reads in place of the old.
import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { INCOMING_PREFIX } from '../shared/domain/locations.js';
import type { LocalRuntime } from './local-runtime.js';
import { progressBar } from './progress.js';

const CONTENT_TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html',
  htm: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  eml: 'message/rfc822',
};

/** The object metadata naming the file an object came from (a hash of its path: no local path leaves). */
const ORIGIN_METADATA = 'origin';

/** An argument that could not be ingested, with a reason a person understands. */
export interface RefusedFile {
  file: string;
  reason: string;
}

/** A file uploaded: the path as given and the key it was stored under. */
export interface UploadedFile {
  file: string;
  key: string;
}

export interface UploadResult {
  uploaded: UploadedFile[];
  refused: RefusedFile[];
}

export interface IngestFilesResult extends UploadResult {
  deadLettered: number;
}

/**
 * The files named by the arguments: a file is itself, a folder is walked (every file in it and its
 * subfolders, hidden ones left out), anything else is refused with its reason. Each file once.
 */
export async function collectFiles(args: string[]): Promise<{ files: string[]; refused: RefusedFile[] }> {
  const files: string[] = [];
  const refused: RefusedFile[] = [];
  const seen = new Set<string>();
  const add = async (file: string) => {
    const real = await realpath(file);
    if (seen.has(real)) return;
    seen.add(real);
    files.push(file);
  };
  for (const arg of args) {
    try {
      const info = await stat(arg);
      if (info.isFile()) await add(arg);
      else if (info.isDirectory()) {
        const inside = await filesIn(arg);
        if (inside.length === 0) refused.push({ file: arg, reason: 'the folder holds no file' });
        for (const file of inside) await add(file);
      } else refused.push({ file: arg, reason: 'not a file or a folder' });
    } catch (error) {
      refused.push({ file: arg, reason: fileErrorReason(error) });
    }
  }
  return { files, refused };
}

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await filesIn(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** A file system error as a person reads it (the path is printed beside it). */
export function fileErrorReason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'EISDIR':
      return 'a folder, not a file';
    case 'ELOOP':
      return 'a symbolic link that loops';
    default: {
      // an error of the bucket's: its name (AccessDenied, NoSuchBucket…) says what went wrong
      const name = (error as { $metadata?: unknown; name?: string } | null)?.$metadata
        ? (error as { name?: string }).name
        : undefined;
      if (name) return `the bucket refused it (${name})`;
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
    }
  }
}

/** Uploads the files named by `args` to incoming/ of `bucket`, each under a key of its own. */
export async function uploadFiles(s3: S3Client, bucket: string, args: string[]): Promise<UploadResult> {
  const { files, refused } = await collectFiles(args);
  const uploaded: UploadedFile[] = [];
  const taken = new Map<string, string>();
  const upload = progressBar('upload', files.length);
  for (const [i, file] of files.entries()) {
    try {
      const body = await readFile(file);
      const origin = originOf(await realpath(file));
      const key = await keyFor(s3, bucket, basename(file), origin, taken);
      taken.set(key, origin);
      const extension = extname(file).slice(1).toLowerCase();
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          ContentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
          Metadata: { [ORIGIN_METADATA]: origin },
        }),
      );
      uploaded.push({ file, key });
    } catch (error) {
      refused.push({ file, reason: fileErrorReason(error) });
    }
    upload.update(i + 1);
  }
  upload.stop();
  return { uploaded, refused };
}

const originOf = (absolutePath: string) =>
  createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);

/**
 * The key a file goes under: its name, unless another file holds that key already (in the bucket, or earlier
 * in this batch); then the name with the first free number. The key this same file went under before is
 * its own: uploading it again makes a new version.
 */
async function keyFor(
  s3: S3Client,
  bucket: string,
  name: string,
  origin: string,
  taken: Map<string, string>,
): Promise<string> {
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let n = 1; ; n++) {
    const key = `${INCOMING_PREFIX}${n === 1 ? name : `${stem}-${n}${extension}`}`;
    const holder = taken.get(key) ?? (await originAt(s3, bucket, key));
    if (holder === undefined || holder === origin) return key;
  }
}

/** Whose file is stored under `key`: its origin, '' for an object of unknown origin, undefined for none. */
async function originAt(s3: S3Client, bucket: string, key: string): Promise<string | undefined> {
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return head.Metadata?.[ORIGIN_METADATA] ?? '';
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404) return undefined;
    throw error;
  }
}

export async function ingestFiles(runtime: LocalRuntime, args: string[]): Promise<IngestFilesResult> {
  const result = await uploadFiles(runtime.s3, runtime.engines.bucket, args);
  const handler = await runtime.ingestHandler();
  const ingest = progressBar('ingest', runtime.engines.queue.size);
  const { deadLettered } = await runtime.engines.queue.drain(handler, {
    onBatch: (done) => ingest.update(done),
  });
  ingest.stop();
  return { ...result, deadLettered: deadLettered.length };
}
