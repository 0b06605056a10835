// Publication dates given by metadata (JSONL fields, HTML meta) → ISO `YYYY-MM-DD`.
// We take the date as written (no time-zone shifting): `2024-11-22T23:30:00-07:00` is 2024-11-22,
// the local date the newsroom published it.

const ISO = /^\s{0,5}(\d{4})-(\d{2})-(\d{2})/;
const DMY = /^\s{0,5}(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;

export function validIso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `2024-11-22…` or day-first `22/11/2024` → `2024-11-22`; anything else → null. */
export function isoDatePrefix(s: string): string | null {
  let m = ISO.exec(s);
  if (m) return validIso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(s);
  if (m) return validIso(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}
