// Nouns of standing that take whom the person serves or works for after them (issue 22, review19 a5/a6).
/** Nouns of a person's standing in a party, a campaign, a firm or a body (a subset of PERSON_NOUNS and its kin):
 *  the capitalised words right after them name whom one serves, supports or works for as often as the person
 *  (`Relawan Rusdy Mastura mengatakan …`: a candidate's volunteer; `Pegawai Bank Sulteng mengaku …`: a bank's
 *  employee), so after the noun alone they are never read as the person's own name. Lower-case. */
export const SERVING_NOUNS: readonly string[] = [
  'relawan', 'pengurus', 'pegawai', 'staf', 'staff', 'tim', 'simpatisan', 'pendukung', 'kader', 'karyawan',
];
