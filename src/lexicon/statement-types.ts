// Statement type cues. A statement's type is the FIRST type in `STATEMENT_TYPE_PRECEDENCE` that has a cue in
// the statement; the cues that fired are reported (`cues: ['sanksi']`). Matching: `stems` compare natural's
// Indonesian stem of each token; `words` compare the lower-cased token itself (for forms whose stem is too
// broad, e.g. `tegas` the adjective vs. `menegaskan` the verb); `phrases` are matched on the lower-cased,
// space-squashed text at word boundaries.
import type { StatementType } from '../model.js';

export interface TypeCues {
  stems: readonly string[];
  words: readonly string[];
  phrases: readonly string[];
}

/** Precedence, strongest first, and why:
 *  1. warning     — a threat of sanctions outweighs anything else in the same quote;
 *  2. commitment  — a first-person pledge (`kami berkomitmen`) even when it contains `harus`;
 *  3. instruction — orders, obligations and prohibitions (`wajib`, `harus`, `meminta`, `tidak boleh`):
 *                   an order softened by `berharap`/`mengajak` is still an order;
 *  4. appeal      — a soft request (`mari`, `berharap`, `imbau`) with no order in it;
 *  5. assessment  — numbers and findings (`indeks`, `perkara`, `persen`);
 *  6. other. */
export const STATEMENT_TYPE_PRECEDENCE: readonly StatementType[] = [
  'warning', 'commitment', 'instruction', 'appeal', 'assessment', 'other',
];

export const STATEMENT_TYPE_CUES: Readonly<Record<Exclude<StatementType, 'other'>, TypeCues>> = {
  // sanctions, threats, enforcement
  warning: {
    stems: ['sanksi', 'ancam', 'pecat', 'copot'],
    // `tindak`/`hukum` as stems would catch `tindakan` (action) and `hukum` (law): only these forms
    words: ['tegas', 'diproses', 'diberhentikan', 'ditindak', 'menindak', 'hukuman', 'dihukum'],
    phrases: ['tidak segan', 'akan diproses', 'tindakan tegas', 'ditindak tegas'],
  },
  // pledges and declarations
  commitment: {
    stems: ['komitmen', 'deklarasi', 'ikrar', 'janji'],
    words: ['siap', 'bersedia'],
    phrases: ['kami siap', 'saya siap'],
  },
  // appeals, invitations, hopes
  appeal: {
    stems: ['imbau', 'himbau', 'ajak', 'harap'],
    words: ['mari', 'marilah', 'ayo', 'semoga'],
    phrases: [],
  },
  // orders, obligations, requests
  instruction: {
    // `perintah` as a stem would catch `pemerintah` (government): only these forms
    stems: ['instruksi', 'minta', 'wajib', 'larang'],
    words: ['harus', 'jangan', 'tekankan', 'perintah', 'perintahkan', 'memerintahkan', 'diperintahkan'],
    phrases: ['tidak boleh', 'tidak diperbolehkan', 'tidak dibolehkan'],
  },
  // numbers, findings, indices
  assessment: {
    stems: ['indeks', 'rawan', 'jumlah', 'data', 'perkara', 'catat', 'temu', 'persen', 'kasus', 'lapor'],
    words: [],
    phrases: [],
  },
};
