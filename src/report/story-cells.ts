// Story fields in finished output. An article's story is known only once the whole corpus is seen, so what
// a writer holds or spools gets them at the end: a held JSON line has the three fields appended (no re-parse),
// and per-article CSV rows (streamed tables on stdout) are spooled to a temporary file and read back with the
// story cells filled in, so memory stays flat.
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { StoryRef } from '../corpus/stories.js';
import { storyFields } from './json.js';
import { type Row, SCHEMAS, type TableName } from './rows.js';

/** A held article JSON line (`{…}`, story fields not yet there) with its story fields appended. */
export function lineWithStory(line: string, ref: StoryRef): string {
  const fields = JSON.stringify(storyFields(ref));
  return `${line.slice(0, line.lastIndexOf('}'))},${fields.slice(1)}`;
}

/** The rows of one article with the table's story cells (story_id, duplicate_of, similarity) filled in. */
export function rowsWithStory(table: TableName, rows: Row[], ref: StoryRef): Row[] {
  const cols = SCHEMAS[table];
  const at = (name: string) => cols.findIndex((f) => f.name === name);
  const cells: Array<[number, string | number | null]> = [
    [at('story_id'), ref.storyId],
    [at('duplicate_of'), ref.duplicateOf],
    [at('similarity'), ref.similarity],
  ];
  const fill = cells.filter(([i]) => i >= 0);
  if (fill.length === 0) return rows;
  return rows.map((r) => {
    const out = [...r];
    for (const [i, v] of fill) out[i] = v;
    return out;
  });
}

/** Per-article rows spooled to a temporary file, one JSON line per article (in run order). */
export class RowSpool {
  private dir: string | null = null;
  private fd = -1;
  private pending: string[] = [];
  private pendingBytes = 0;

  push(rows: Row[]): void {
    if (this.fd < 0) {
      this.dir = mkdtempSync(join(tmpdir(), 'asn-scan-rows-'));
      this.fd = openSync(join(this.dir, 'rows.jsonl'), 'w');
    }
    const line = `${JSON.stringify(rows)}\n`;
    this.pending.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.fd >= 0 && this.pending.length) writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Each article's rows, in the order they were pushed; the spool is removed afterwards. */
  async *read(): AsyncGenerator<Row[]> {
    if (this.fd < 0) return;
    this.flush();
    closeSync(this.fd);
    this.fd = -1;
    const path = join(this.dir!, 'rows.jsonl');
    try {
      const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
      for await (const line of rl) if (line) yield JSON.parse(line) as Row[];
    } finally {
      this.remove();
    }
  }

  remove(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }
}
