// Inputs → sources. Folders are walked recursively (hidden folders and node_modules skipped, symlink
// loops never followed); the extension decides the format. Output order is sorted by path, so the
// same corpus gives the same bytes whatever order the file system lists it in.
import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { InputFormat } from '../model.js';
import { sniffWarc } from './formats/warc-sniff.js';
import { escapeName, ioReason, notRegular, specialKind } from './reasons.js';
import { lookupTable } from '../util/table.js';

function isWarcFile(path: string): boolean {
  try {
    return sniffWarc(path).warc;
  } catch {
    return false;
  }
}

export interface Source {
  /** Path as the user will see it (as given, joined with the folder walk), or `-` for stdin. */
  path: string;
  format: InputFormat;
  gzip: boolean;
  /** Set when the source cannot even be listed (missing path, unreadable folder, not a regular file). */
  error: string | null;
  /** The path's bytes when a name in it is not valid UTF-8 (`path` then shows them escaped): reads use these. */
  bytes?: Uint8Array;
}

/** What to hand `fs` for a source: its raw bytes when its name is not UTF-8, else its path. */
export const fsPath = (src: Source): string | Buffer => (src.bytes ? Buffer.from(src.bytes) : src.path);

export interface Discovery {
  sources: Source[];
  /** Files inside folders skipped for their extension. */
  skipped: number;
  /** Folders or links skipped: hidden, node_modules, or a loop. */
  skippedDirs: number;
  /** FIFOs, sockets and devices inside folders: never read (reading one may never end), counted here. */
  special: number;
}

const FORMAT_BY_EXT: Record<string, InputFormat> = lookupTable({
  txt: 'text',
  text: 'text',
  md: 'text',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  html: 'html',
  htm: 'html',
  warc: 'warc',
});

/** Format from a file name; `null` when the extension is not one asn-scan reads. */
export function formatOf(name: string): { format: InputFormat; gzip: boolean } | null {
  const lower = name.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  const dot = base.lastIndexOf('.');
  if (dot < 0) return null;
  const format = FORMAT_BY_EXT[base.slice(dot + 1)];
  return format ? { format, gzip } : null;
}

interface Counts {
  skipped: number;
  skippedDirs: number;
  special: number;
}

/** A folder being walked: its path for `fs` (bytes once a name on the way is not UTF-8) and as shown. */
interface Dir {
  fs: string | Buffer;
  shown: string;
}

const child = (dir: Dir, name: Buffer): { fs: string | Buffer; shown: string; plain: boolean } => {
  const shownName = escapeName(name);
  const plain = typeof dir.fs === 'string' && Buffer.from(shownName, 'utf8').equals(name);
  return {
    fs: plain ? join(dir.fs as string, shownName) : Buffer.concat([Buffer.from(dir.fs), Buffer.from('/'), name]),
    shown: join(dir.shown, shownName),
    plain,
  };
};

const folderError = (shown: string, e: unknown): Source => ({ path: shown, format: 'text', gzip: false, error: `cannot read folder: ${ioReason(e)}` });

function walk(dir: Dir, seen: Set<string>, out: Source[], counts: Counts, onFound?: (n: number) => void): void {
  let real: string;
  try {
    real = realpathSync(dir.fs, 'buffer').toString('latin1');
  } catch (e) {
    out.push(folderError(dir.shown, e));
    return;
  }
  if (seen.has(real)) {
    counts.skippedDirs++;
    return; // a symlink loop, or the same folder reached twice
  }
  seen.add(real);
  let entries: Dirent<Buffer>[];
  try {
    // names as bytes: a name that is not valid UTF-8 is still read (under its raw bytes) and shown escaped
    entries = readdirSync(dir.fs, { withFileTypes: true, encoding: 'buffer' });
  } catch (e) {
    out.push(folderError(dir.shown, e));
    return;
  }
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const ent of entries) {
    const p = child(dir, ent.name);
    const name = escapeName(ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    let special = specialKind(ent) !== null;
    if (ent.isSymbolicLink()) {
      try {
        const st = statSync(p.fs);
        isDir = st.isDirectory();
        isFile = st.isFile();
        special = specialKind(st) !== null;
      } catch {
        counts.skippedDirs++; // a dangling link: nothing to read, and not a file "with another extension"
        continue;
      }
    }
    if (isDir) {
      if (name.startsWith('.') || name === 'node_modules') {
        counts.skippedDirs++;
        continue;
      }
      walk({ fs: p.fs, shown: p.shown }, seen, out, counts, onFound);
    } else if (isFile) {
      if (name.startsWith('.')) {
        counts.skipped++;
        continue;
      }
      const f = formatOf(name);
      if (!f) {
        counts.skipped++;
        continue;
      }
      out.push({ path: p.shown, format: f.format, gzip: f.gzip, error: null, ...(p.plain ? {} : { bytes: p.fs as Buffer }) });
      onFound?.(out.length);
    } else if (special) {
      counts.special++;
    }
  }
}

/** An input named on the command line as `fs` takes it. Node decodes arguments as UTF-8, turning bytes that are
 *  not into U+FFFD, so such a name does not exist as given: it is looked up in its folder among the names that
 *  decode to it, and found when exactly one does. Null when nothing by that name exists. */
export function resolveInput(input: string): { fs: string | Buffer; shown: string } | null {
  try {
    statSync(input);
    return { fs: input, shown: input };
  } catch (e) {
    if (!input.includes('\uFFFD') || (e as NodeJS.ErrnoException).code !== 'ENOENT') return null;
  }
  const parent = dirname(input);
  const parentFs = resolveInput(parent);
  if (parentFs === null) return null;
  let names: Buffer[];
  try {
    names = readdirSync(parentFs.fs, { encoding: 'buffer' });
  } catch {
    return null;
  }
  const want = basename(input);
  const hits = names.filter((n) => n.toString('utf8') === want);
  if (hits.length !== 1) return null;
  const dir: Dir = { fs: parentFs.fs, shown: parentFs.shown };
  const p = child(dir, hits[0]!);
  return { fs: p.fs, shown: parent === '.' && !input.startsWith('./') ? escapeName(hits[0]!) : p.shown };
}

/** Lists the sources behind the inputs. A file named explicitly is read even with an unknown extension (as text).
 *  `onFound` hears the running count of files found in folders, as the walk goes (before sorting). */
export function discover(inputs: string[], onFound?: (n: number) => void): Discovery {
  const out: Source[] = [];
  const counts: Counts = { skipped: 0, skippedDirs: 0, special: 0 };
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      out.push({ path: '-', format: 'text', gzip: false, error: null });
      continue;
    }
    const at = resolveInput(input) ?? { fs: input, shown: input };
    let st;
    try {
      st = statSync(at.fs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      out.push({ path: at.shown, format: 'text', gzip: false, error: code === 'ENOENT' ? 'no such file or folder' : ioReason(e) });
      continue;
    }
    const kind = specialKind(st);
    const bytes = typeof at.fs === 'string' ? {} : { bytes: at.fs };
    if (st.isDirectory()) walk(at, seen, out, counts, onFound);
    // a FIFO, socket or device named explicitly: an error entry at once (reading one may never end; never sniffed)
    else if (kind !== null) out.push({ path: at.shown, format: formatOf(at.shown)?.format ?? 'text', gzip: false, error: notRegular(kind), ...bytes });
    else {
      // A file named explicitly with an extension asn-scan does not know may still be a web archive: its
      // magic bytes say (a WARC record, plain or gzipped).
      const f = formatOf(at.shown) ?? (typeof at.fs === 'string' && isWarcFile(at.fs) ? { format: 'warc' as const, gzip: false } : null);
      out.push({ path: at.shown, format: f?.format ?? 'text', gzip: f?.gzip ?? at.shown.toLowerCase().endsWith('.gz'), error: null, ...bytes });
    }
  }
  // Deterministic order: by path (stdin keeps its place first if given). A file named twice, or reached by two
  // spellings (`seeds` and `./seeds/a.txt`, a link), is read once, under the first name in sorted order.
  out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const unique = new Map<string, Source>();
  for (const s of out) {
    let key = s.path;
    // realpath costs a syscall per path component: only worth it when several inputs could overlap
    if (inputs.length > 1 && s.path !== '-' && !s.error) {
      try {
        key = realpathSync(fsPath(s), 'buffer').toString('latin1');
      } catch {
        // keep the path as given: reading it will report the problem
      }
    }
    if (!unique.has(key)) unique.set(key, s);
  }
  const sources = [...unique.values()].sort((a, b) => (a.path === '-' ? -1 : b.path === '-' ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { sources, skipped: counts.skipped, skippedDirs: counts.skippedDirs, special: counts.special };
}
