// DATA: the units inside an office and the bodies above them, as the officials extractor reads a post's title
// (`Kepala Seksi X pada Bidang Y Dinas Kesehatan Z`), and the organs of a party. Moved here from src/extract/officials/
// (issue 19: lexicons are data in src/lexicon/).

/** The units below a body whose head's title runs on to the body above (`Kepala Bidang Pengembangan Karier BKPSDM
 *  Batang`): the institution is that body (officials/unit-runs.ts). As written (capitalised). */
export const SUB_UNITS: readonly string[] = ['Bidang', 'Seksi', 'Subbagian', 'Bagian', 'Subbidang'];

/** The bodies a section or a sub-division belongs to, opening the body's name (`Dinas Kesehatan`, `Kantor Regional
 *  I`, `Balai Besar …`): officials/unit-runs.ts. Lower case. */
export const BODIES_ABOVE_UNIT: readonly string[] = ['dinas', 'badan', 'kantor', 'inspektorat', 'sekretariat', 'direktorat', 'biro', 'pusat', 'balai', 'satuan', 'kementerian'];

/** The organs that may follow `dari` in a member's title (`Anggota DPRD dari Fraksi Golkar`, `… dari Partai X`): a
 *  party or its faction, not `Komisi`, `Badan`, … (officials/title-phrases.ts). Lower case. */
export const PARTY_ORGAN_HEADS: readonly string[] = ['partai', 'fraksi'];
