// DATA: small closed classes of Indonesian clause grammar the statements and officials extractors read: aspect and
// mood words, additive particles, the modifiers of a nickname cue and the address terms before a nickname. Moved here
// from src/extract/ (issue 19: lexicons are data in src/lexicon/).

/** Aspect and mood words before a main clause's verb (`Para camat yang hadir telah diminta …`): one closes a relative
 *  clause in the subject (statements/act-report.ts). Lower case. */
export const MAIN_CLAUSE_ASPECTS: readonly string[] = ['telah', 'sudah', 'resmi', 'akan', 'harus', 'wajib', 'kini', 'akhirnya', 'langsung', 'sempat', 'baru'];

/** Additive particles between a coordinator and a reporting verb (`… dan juga mengajak masyarakat …`, `serta turut
 *  mengimbau`): statements/stance.ts. */
export const ADDITIVE_PARTICLES: readonly string[] = ['juga', 'pun', 'turut'];

/** The modifiers before a nickname cue (`yang akrab disapa Marsel`, `biasa dipanggil Anam`, `lebih dikenal Rafi`):
 *  officials/refiners/nicknames.ts. Lower case; a space is one or two blanks. */
export const NICKNAME_CUE_MODIFIERS: readonly string[] = ['akrab', 'biasa', 'karib', 'lebih dikenal', 'populer'];

/** Terms of address written before a nickname (`biasa dipanggil Pak Anam`, `akrab disapa Daeng Ical`): the nickname
 *  is the word after them (officials/refiners/nicknames.ts). As written (capitalised). */
export const NICKNAME_ADDRESS_TERMS: readonly string[] = ['Pak', 'Bu', 'Bang', 'Kak', 'Mas', 'Mbak', 'Cak', 'Daeng', 'Uda'];
