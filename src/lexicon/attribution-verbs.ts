// Reporting verbs of indirect speech (INDIRECT_VERBS) and the verbs of denial among them: in a file of their own
// (attribution.ts re-exports them). Lower-case; multi-word entries use single spaces.
/** Reporting verbs of indirect speech, `X mengatakan (bahwa) …`. `content` says what must follow the verb
 *  before the reported content is accepted: `any` = content may follow directly (`Sugito menyatakan netralitas
 *  adalah …`); `marked` = only after `bahwa`, `,` or `:` (these verbs usually take a plain object:
 *  `menyampaikan apresiasi`, `menjelaskan sejumlah pelanggaran`). */
/** `act`: the verb itself names the speech act (a request, an appeal, an order, a judgement), so the
 *  statement's type is read from the verb and its content together (`X meminta seluruh camat …` is an
 *  order though its content has no order word). */
/** `order`: a verb of ordering or assigning whose object is the one ordered, reported content only when a
 *  purpose clause (ORDER_COMPLEMENTISERS) or an active verb follows the object (`memerintahkan seluruh kapolsek
 *  untuk memantau …`, `mewajibkan kepala perangkat daerah melaporkan …`), not a plain object (`memerintahkan
 *  pembongkaran baliho`). */
/** `withVerb`: the content reads as its opposite without the verb (`melarang guru berkampanye`: not `guru
 *  berkampanye`), so the reported content starts at the verb. */
export const INDIRECT_VERBS: ReadonlyArray<{ verb: string; content: 'any' | 'marked' | 'order'; act?: true; withVerb?: true }> = [
  // say / state / emphasise: content follows directly
  { verb: 'mengatakan', content: 'any' },
  { verb: 'menyatakan', content: 'any' },
  { verb: 'menegaskan', content: 'any' },
  { verb: 'menekankan', content: 'any' },
  { verb: 'menambahkan', content: 'any' },
  { verb: 'menuturkan', content: 'any' },
  { verb: 'menilai', content: 'any', act: true },
  { verb: 'mengakui', content: 'marked' },
  // appeal / request / warn: the content is the appeal itself (`mengingatkan ASN agar …`)
  { verb: 'mengingatkan', content: 'any', act: true },
  { verb: 'meminta', content: 'any', act: true },
  { verb: 'mengimbau', content: 'any', act: true },
  { verb: 'menghimbau', content: 'any', act: true },
  { verb: 'mengajak', content: 'any', act: true },
  { verb: 'berharap', content: 'any', act: true },
  { verb: 'mengharapkan', content: 'any', act: true },
  { verb: 'menginstruksikan', content: 'any', act: true },
  { verb: 'menginstruksikan kepada', content: 'any', act: true },
  // order / assign / oblige: the object, then what it is to do
  { verb: 'memerintahkan', content: 'order', act: true },
  { verb: 'menugaskan', content: 'order', act: true },
  { verb: 'menugasi', content: 'order', act: true },
  { verb: 'mewajibkan', content: 'order', act: true },
  // forbid / bar: the one forbidden, then what they may not do (`melarang seluruh personel mengunggah …`)
  { verb: 'melarang', content: 'order', act: true, withVerb: true },
  { verb: 'mengharuskan', content: 'order', act: true },
  // explain / disclose / convey: usually a plain object, so only with bahwa / comma / colon
  { verb: 'menyampaikan', content: 'marked' },
  { verb: 'menjelaskan', content: 'marked' },
  { verb: 'mengungkapkan', content: 'marked' },
  { verb: 'menerangkan', content: 'marked' },
  { verb: 'memaparkan', content: 'marked' },
  { verb: 'membeberkan', content: 'marked' },
  { verb: 'menyebutkan', content: 'marked' },
  // `X menyebut (bahwa) …` reports what X said; `menyebut nama` / `menyebut mobil itu sebagai …` are too
  // short or too plain to pass as content (MIN_INDIRECT_WORDS, SEBAGAI check in indirect.ts)
  { verb: 'menyebut', content: 'any' },
  // claim / confirm / opine / advise: what follows is what the subject said
  { verb: 'mengaku', content: 'any' },
  { verb: 'membenarkan', content: 'any' },
  { verb: 'berpendapat', content: 'any', act: true },
  { verb: 'berpesan', content: 'any' },
  { verb: 'mengutarakan', content: 'marked' },
  // deny / reply / assure / complain: what follows is the speaker's side (`membantah tudingan …`, `menimpali
  // bahwa …`); `memastikan` also means to ensure (`memastikan logistik aman`), and `menanggapi` and
  // `mengeluhkan` usually take a plain object: those report speech after bahwa, a comma or REPORTED_SUBJECTS
  { verb: 'membantah', content: 'any' },
  { verb: 'menampik', content: 'any' },
  { verb: 'menimpali', content: 'any' },
  { verb: 'memastikan', content: 'marked', act: true },
  { verb: 'mengklaim', content: 'any' },
  { verb: 'menanggapi', content: 'marked' },
  { verb: 'mengeluhkan', content: 'marked' },
  // reply: `menjawab pertanyaan wartawan` is a plain object, `menjawab bahwa …` reports
  { verb: 'menjawab', content: 'marked' },
  // promise: what follows is the pledge (`berjanji akan menindak …`, `berjanji seluruh kepala desa akan …`)
  { verb: 'berjanji', content: 'any', act: true },
  // the rest of the class, by how their complement reads (issue 22, quotes6):
  // state / stress / retort: content follows directly (`X menandaskan tidak ada toleransi …`)
  { verb: 'menandaskan', content: 'any' },
  { verb: 'menukas', content: 'any' },
  { verb: 'menyangkal', content: 'any' },
  { verb: 'menepis', content: 'marked' },
  { verb: 'berdalih', content: 'any' },
  { verb: 'berkilah', content: 'any' },
  // judge / regard: a judgement, typed from the verb (`X menganggap sanksi itu terlalu ringan`)
  { verb: 'menganggap', content: 'any', act: true },
  { verb: 'memandang', content: 'marked', act: true },
  { verb: 'menduga', content: 'marked' },
  { verb: 'menyimpulkan', content: 'marked' },
  // appeal / urge / warn / advise / propose: the content is the act (`X menyerukan agar …`, `mendesak Bawaslu
  // segera …`, `mewanti-wanti ASN agar …`). `mengarahkan` is left out: in this news it mostly describes the
  // violation itself (`diduga mengarahkan warga memilih …`), no speech
  { verb: 'menyerukan', content: 'any', act: true },
  { verb: 'mendesak', content: 'any', act: true },
  { verb: 'memperingatkan', content: 'any', act: true },
  { verb: 'mewanti-wanti', content: 'any', act: true },
  { verb: 'menyarankan', content: 'any', act: true },
  { verb: 'mengusulkan', content: 'marked', act: true },
  { verb: 'memohon', content: 'any', act: true },
  { verb: 'menuntut', content: 'marked', act: true },
  // explain / recount / exemplify / announce / confirm: usually a plain object first, so only after
  // bahwa, a comma, a colon or a clause (`mencontohkan, ada kepala desa yang …`, `mengemukakan pihaknya …`)
  { verb: 'mencontohkan', content: 'marked' },
  { verb: 'mengemukakan', content: 'marked' },
  { verb: 'menguraikan', content: 'marked' },
  { verb: 'mengungkap', content: 'marked' },
  { verb: 'menceritakan', content: 'marked' },
  { verb: 'mengisahkan', content: 'marked' },
  { verb: 'bercerita', content: 'marked' },
  { verb: 'melanjutkan', content: 'marked' },
  { verb: 'menggarisbawahi', content: 'marked' },
  { verb: 'mengonfirmasi', content: 'marked' },
  { verb: 'mengkonfirmasi', content: 'marked' },
  { verb: 'menginformasikan', content: 'marked' },
  { verb: 'memberitahukan', content: 'marked' },
  { verb: 'mengumumkan', content: 'marked' },
  { verb: 'menjanjikan', content: 'marked', act: true },
  { verb: 'menjamin', content: 'marked', act: true },
  // the rest of the classes of denial, confirmation and explanation (issue 22, quotes8): denying by evading
  // (`mengelak telah menerima …`); agreeing (`mengiyakan pihaknya …`; `mengamini pernyataan itu` a plain
  // object); itemising (`merinci, dari 14 laporan …`, `menjabarkan ada tiga …`)
  { verb: 'mengelak', content: 'any' },
  { verb: 'mengiyakan', content: 'marked' },
  { verb: 'mengamini', content: 'marked' },
  { verb: 'merinci', content: 'marked' },
  { verb: 'memerinci', content: 'marked' },
  { verb: 'menjabarkan', content: 'marked' },
  // permit / leave it to: the one permitted, then what they may do (`mempersilakan Bawaslu memeriksa …`,
  // `mengizinkan camat hadir …`); an appeal read from the verb (`silakan`). A plain object (`mempersilakan tamu`,
  // `mengizinkan penggunaan aula`) reports nothing (readsAsOrder)
  { verb: 'mempersilakan', content: 'order', act: true },
  { verb: 'mempersilahkan', content: 'order', act: true },
  { verb: 'mengizinkan', content: 'order', act: true },
  { verb: 'mengijinkan', content: 'order', act: true },
  { verb: 'membolehkan', content: 'order', act: true },
  { verb: 'memperbolehkan', content: 'order', act: true },
  { verb: 'memperkenankan', content: 'order', act: true },
  // (verbs of evaluation, `mengapresiasi`, `menyayangkan`, `menyesalkan`, take a noun phrase, not a proposition:
  // `mengapresiasi Pj Sekda, mencatat …` reports nothing; left out)
  // record: `Bawaslu mencatat 45 pelanggaran` is a plain object (a count, read by the violations extractor);
  // `Bawaslu mencatat sepanjang Oktober ada empat laporan …` reports a clause
  { verb: 'mencatat', content: 'marked' },
  // report: `melaporkan kasus itu ke Bawaslu` is a plain object; `melaporkan seluruh Babinsa telah dibekali …` a clause
  { verb: 'melaporkan', content: 'marked' },
];
