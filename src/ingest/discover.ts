// Inputs → sources. Folders are walked recursively (hidden folders and node_modules skipped, symlink
// loops never followed); the extension decides the format. Output order is sorted by path, so the
// same corpus gives the same bytes whatever order the file system lists it in.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFormat } from '../model.js';
import { sniffWarc } from './formats/warc-sniff.js';

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
  /** Set when the source cannot even be listed (missing path, unreadable folder). */
  error: string | null;
}

export interface Discovery {
  sources: Source[];
  /** Files inside folders skipped for their extension. */
  skipped: number;
  /** Folders or links skipped: hidden, node_modules, or a loop. */
  skippedDirs: number;
}

const FORMAT_BY_EXT: Record<string, InputFormat> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  html: 'html',
  htm: 'html',
  warc: 'warc',
};

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

function walk(dir: string, seen: Set<string>, out: Source[], counts: { skipped: number; skippedDirs: number }, onFound?: (n: number) => void): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    out.push({ path: dir, format: 'text', gzip: false, error: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? 'error'}` });
    return;
  }
  if (seen.has(real)) {
    counts.skippedDirs++;
    return; // a symlink loop, or the same folder reached twice
  }
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    out.push({ path: dir, format: 'text', gzip: false, error: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? 'error'}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    const p = join(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      try {
        const st = statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        counts.skippedDirs++; // a dangling link: nothing to read, and not a file "with another extension"
        continue;
      }
    }
    if (isDir) {
      if (ent.name.startsWith('.') || ent.name === 'node_modules') {
        counts.skippedDirs++;
        continue;
      }
      walk(p, seen, out, counts, onFound);
    } else if (isFile) {
      if (ent.name.startsWith('.')) {
        counts.skipped++;
        continue;
      }
      const f = formatOf(ent.name);
      if (!f) {
        counts.skipped++;
        continue;
      }
      out.push({ path: p, format: f.format, gzip: f.gzip, error: null });
      onFound?.(out.length);
    }
  }
}

/** Lists the sources behind the inputs. A file named explicitly is read even with an unknown extension (as text).
 *  `onFound` hears the running count of files found in folders, as the walk goes (before sorting). */
export function discover(inputs: string[], onFound?: (n: number) => void): Discovery {
  const out: Source[] = [];
  const counts = { skipped: 0, skippedDirs: 0 };
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      out.push({ path: '-', format: 'text', gzip: false, error: null });
      continue;
    }
    let st;
    try {
      st = statSync(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      out.push({ path: input, format: 'text', gzip: false, error: code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${code ?? 'error'}` });
      continue;
    }
    if (st.isDirectory()) walk(input, seen, out, counts, onFound);
    else {
      // A file named explicitly with an extension asn-scan does not know may still be a web archive: its
      // magic bytes say (a WARC record, plain or gzipped).
      const f = formatOf(input) ?? (isWarcFile(input) ? { format: 'warc' as const, gzip: false } : null);
      out.push({ path: input, format: f?.format ?? 'text', gzip: f?.gzip ?? input.toLowerCase().endsWith('.gz'), error: null });
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
        key = realpathSync(s.path);
      } catch {
        // keep the path as given: reading it will report the problem
      }
    }
    if (!unique.has(key)) unique.set(key, s);
  }
  const sources = [...unique.values()].sort((a, b) => (a.path === '-' ? -1 : b.path === '-' ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { sources, skipped: counts.skipped, skippedDirs: counts.skippedDirs };
}
