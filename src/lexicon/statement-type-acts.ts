// Reported acts with no person quoted (issue 22): the closed classes that make the first sentence of a paragraph
// with no quotation and no reporting verb a statement (src/extract/statements/act-report.ts). The decision rule is
// statement-types.ts's "Speakerless reports"; the type is still the classifier's, these classes only say whether
// there is a statement at all, and who is its (implied) speaker.
import { TYPE_FEATURES } from './statement-types.js';

/** The passive of every verb that asks, orders, appeals or forbids (TYPE_FEATURES `order`, `appeal`, `prohibit`,
 *  `permit`, and the stems' di- forms): its subject is the addressee, the authority behind it unnamed or named
 *  after `oleh` (`Para camat diminta agar …`, `Seluruh ASN diimbau …`, `Kepala desa dilarang memasang …`,
 *  `ASN diharapkan tidak …`, `para kepala desa diingatkan agar …`, `diwajibkan`, `diinstruksikan`). */
export const ADDRESSED_PASSIVES: readonly string[] = [
  // the stems' di- forms (`minta`, `instruksi`, `wajib`; `imbau`, `himbau`, `ajak`, `harap`, `mohon`; `larang`)
  'diminta', 'diinstruksikan', 'diwajibkan', 'diimbau', 'dihimbau', 'diajak', 'diharapkan', 'dimohon', 'dilarang',
  // and every listed di- word of the request, appeal and permission classes
  ...[...TYPE_FEATURES.order.words, ...TYPE_FEATURES.appeal.words, ...TYPE_FEATURES.permit.words]
    .filter((w) => w.startsWith('di') && w !== 'dibolehkan' && w !== 'diperbolehkan' && w !== 'diizinkan' && w !== 'diijinkan' && w !== 'diperkenankan'),
];

/** Verbs that report a sanction imposed or recommended, active and passive: the sanction acts and the removals of
 *  TYPE_FEATURES (`dicopot`, `menjatuhkan`, `diberhentikan`, `diputus`, `diturunkan`) and recommending to a body
 *  (`merekomendasikan`, `direkomendasikan`). Whether the sentence reports one as done is the classifier's
 *  (`sanction`); these say which verb is the act, so where its agent stands. */
export const SANCTION_ACT_VERBS: readonly string[] = [
  ...TYPE_FEATURES.sanctionAct.words,
  ...TYPE_FEATURES.removal.words.filter((w) => w.startsWith('di') || w.startsWith('me')),
  'merekomendasikan', 'direkomendasikan',
];

/** Verbs by which an institution records a finding (`Bawaslu Kabupaten X mencatat 17 dugaan pelanggaran …`,
 *  `menemukan 12 kasus`): the act is a count, no statement of its own (statements-paradigm13.test.ts's decision: the
 *  check10, check12, check14 gold count it, check3, check11 and the portal set's do not); before the act verb they
 *  end the search (the recording is the clause's predicate). */
export const RECORDING_VERBS: readonly string[] = ['mencatat', 'menemukan', 'merilis', 'melansir'];

/** The word that introduces a passive's agent (`dicopot dari jabatannya oleh Pj Bupati …`). */
export const AGENT_MARKER = 'oleh';

/** Words that close the agent's phrase after `oleh` (what follows is the act's time, cause or manner: `oleh Bupati
 *  Mamuju setelah terbukti …`, `oleh Bupati Jember pada awal Maret`). */
export const AGENT_CLOSERS: readonly string[] = [
  'setelah', 'sesudah', 'sebelum', 'karena', 'sebab', 'akibat', 'lantaran', 'usai', 'seusai', 'pada', 'sejak', 'atas',
  'dengan', 'melalui', 'berdasarkan', 'sesuai', 'terkait', 'dalam', 'di', 'yang', 'untuk', 'agar', 'sebagai', 'dan',
];

/** Most words of the subject before the act's verb (a subject with a relative clause: `Empat kepala desa di
 *  Kecamatan X yang terbukti mengantar warga ke TPS dengan atribut partai telah dijatuhi …`). */
export const ACT_SUBJECT_WORDS = 24;
