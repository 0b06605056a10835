// Paradigm tests for the attribution kinds fixed in round 9 (quotes7, issue 22), from the errors of the check6 set:
// each table crosses the kind with its natural variation, built from the lexicon's lists where one exists, with
// negative rows beside it that must not fire.
//   1. a quote making up its paragraph, its speaker named at the start of the next by a closer and a verb
//      (`Begitu kata X`, `Demikian ujar X`, `Begitu disampaikan oleh X`, `Begitu katanya`);
//   2. a subject named after a short honorific (`Tgk.`, `Pdt.`, `drg.`) and followed by its origin (`dari
//      Gampong X`), behind a descriptor (`Salah seorang geuchik yang hadir, …`): the person, and the quote after;
//   3. an anonymous source (`Seorang pegawai … yang meminta namanya tidak ditulis mengatakan …`): the statement
//      is kept with no speaker (speaker_rule `anonymous`), and a pronoun after it names nobody;
//   4. a bare title opening a sentence (`Dandim kemudian memberikan pengarahan.`) is that official's mention: a
//      pronoun after it is the official, not the speaker quoted before;
//   5. an institution written in full with `dan` (`Kementerian … Aparatur Negara dan Reformasi Birokrasi
//      meminta …`) or with its acronym in brackets (`Komisi Aparatur Sipil Negara (KASN) menyebut …`) is an
//      institution speaker;
//   6. a speaker after a lower-case descriptor (`kata pengamat kebijakan publik Universitas X, Nama`);
//   7. commanders and village posts of the army and police as titles (`tegas Danlanal Tual, Letkol Laut (P)
//      Nama`), never a person named after the post (`… Cek Kesiapan Babinsa`);
//   8. `melarang` reports the prohibition with its verb; `melaporkan` reports a clause, never a plain object;
//   9. a `marked` verb followed by a sub-count (`menjelaskan dari 14 akun itu, sembilan milik guru`) reports it.
// Before (f5d7cb7): every positive row of tables 1 to 7 gave no speaker, another speaker or no statement, and
// table 8's rows found nothing.
import { describe, expect, it } from 'vitest';
import { ANONYMITY_NOUNS, INDIRECT_VERBS, ANONYMITY_VERBS, INSTITUTION_JOINERS, ORIGIN_PREPOSITIONS, PASSIVE_REPORT_VERBS, PERSON_NOUNS, QUOTE_VERBS, REPORT_CLOSERS } from '../../src/lexicon/attribution.js';
import type { Statement } from '../../src/model.js';
import { statementsOf } from './statement-cases.js';

const FULL = 'Melkianus Padabang Laukon';
const INTRO = `Penjabat Bupati Alor, ${FULL}, membuka rapat kerja camat di aula kantor bupati, Senin.`;
const QUOTE = '“Tidak bisa pagi jadi kepala seksi, sore jadi panitia yang memutuskan sengketa hasil hitung. Pilih satu.”';
const find = (ss: Statement[], frag: string): Statement | undefined => ss.find((s) => s.quote.includes(frag));
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

describe('paradigm 1: a closer and a verb opening the next paragraph name the quote before', () => {
  const speakers: Array<[string, string]> = [
    ['title, name', `Penjabat Bupati Alor, Drs. ${FULL}, M.Si, saat membuka rapat kerja camat, Senin.`],
    ['surname', 'Melkianus saat membuka rapat kerja camat.'],
    ['pronoun', 'dia saat membuka rapat kerja camat.'],
  ];
  const verbs = [...QUOTE_VERBS, ...PASSIVE_REPORT_VERBS, ...PASSIVE_REPORT_VERBS.map((v) => `${v} oleh`)];
  const rows = REPORT_CLOSERS.flatMap((closer) => verbs.flatMap((verb) => speakers.map(([form, sp]) => [closer, verb, form, sp] as const)));
  it.each(rows)('%s %s + %s', (closer, verb, _form, sp) => {
    const s = find(statementsOf([INTRO, QUOTE, `${cap(closer)} ${verb} ${sp}`]), 'Tidak bisa pagi');
    expect(s?.speaker?.name).toBe(FULL);
  });
  it.each(REPORT_CLOSERS.flatMap((closer) => QUOTE_VERBS.map((verb) => [closer, verb] as const)))('%s %snya', (closer, verb) => {
    const s = find(statementsOf([INTRO, QUOTE, `${cap(closer)} ${verb}nya saat membuka rapat kerja camat.`]), 'Tidak bisa pagi');
    expect(s?.speaker?.name).toBe(FULL);
  });
  // negative rows: a closer opening an ordinary sentence names nobody
  it.each([
    ['begitu as an adverb of degree', 'Begitu banyak laporan yang masuk ke posko pengaduan sepanjang pekan lalu.'],
    ['demikian as a connective', 'Demikian pula halnya dengan para kepala desa di wilayah itu.'],
  ])('%s', (_name, next) => {
    const s = find(statementsOf([INTRO, QUOTE, next]), 'Tidak bisa pagi');
    expect(s?.speaker ?? null).toBeNull();
  });
});

describe('paradigm 2: a name after a short honorific, its origin after it, behind a descriptor', () => {
  const honorifics = ['Tgk.', 'Teungku', 'Pdt.', 'drg.', 'Dt.', 'Ustaz', 'H.', 'Hj.', 'Drs.'];
  const origins = ['Gampong Meurandeh', 'Desa Sukamaju', 'Partai Hanura', 'Universitas Samudra'];
  const verbs = ['mengaku', 'mengatakan', 'menilai'];
  const rows = honorifics.flatMap((h, i) => ORIGIN_PREPOSITIONS.map((p) => [h, p, origins[i % origins.length]!, verbs[i % verbs.length]!] as const));
  it.each(rows)('%s Name %s %s, %s', (h, prep, origin, verb) => {
    const ss = statementsOf([
      INTRO,
      `Salah seorang peserta yang hadir, ${h} Zulkifli Abdullah ${prep} ${origin}, ${verb} aturan itu memberatkan karena banyak calon berasal dari kampung sendiri. "Kami ini serba salah. Calonnya keluarga kami sendiri," katanya.`,
    ]);
    expect(find(ss, 'aturan itu memberatkan')?.speaker?.name).toBe('Zulkifli Abdullah');
    expect(find(ss, 'Kami ini serba salah')?.speaker?.name).toBe('Zulkifli Abdullah');
  });
  // negative rows: no name between the commas, or a pronoun: no new person
  it.each([
    ['a descriptor only', 'Salah seorang peserta dari Desa Sukamaju mengaku aturan itu memberatkan karena banyak calon berasal dari kampung sendiri.'],
    ['a pronoun', 'Dirinya dari Desa Sukamaju mengaku aturan itu memberatkan karena banyak calon berasal dari kampung sendiri.'],
  ])('%s', (_name, para) => {
    const s = find(statementsOf([para]), 'aturan itu memberatkan');
    expect(s?.speaker ?? null).toBeNull();
  });
});

describe('paradigm 3: an anonymous source keeps its statement and no speaker', () => {
  const phrases = ANONYMITY_NOUNS.flatMap((noun) => ANONYMITY_VERBS.map((verb, i) => (i % 2 === 0 ? `yang meminta ${noun} tidak ${verb}` : `yang enggan ${verb} ${noun}`)));
  it.each(phrases)('Seorang pegawai %s mengatakan …', (phrase) => {
    const ss = statementsOf([
      INTRO,
      `Seorang pegawai di salah satu dinas ${phrase} mengatakan undangan apel itu disebar melalui grup WhatsApp kantor. "Atasan kami bilang, yang tidak datang akan dicatat," ujarnya.`,
    ]);
    const s = find(ss, 'undangan apel itu disebar');
    expect(s).toBeDefined();
    expect(s!.speaker).toBeNull();
    expect(s!.speakerRule).toBe('anonymous');
    // the pronoun after it is the source's: never the official named before
    expect(find(ss, 'Atasan kami bilang')?.speaker ?? null).toBeNull();
  });
  // negative rows: a named person whose name was mentioned is that person; a pronoun after the next named
  // speaker is that speaker again
  it('a named subject with `namanya disebut` is the person', () => {
    const ss = statementsOf([`Camat Lasem, Sugeng Riyadi, yang namanya disebut dalam laporan itu, membantah dirinya hadir di acara relawan tersebut.`]);
    expect(find(ss, 'dirinya hadir')?.speaker?.name).toBe('Sugeng Riyadi');
  });
  it('a speaker named after the anonymous source takes the pronouns again', () => {
    const ss = statementsOf([
      `Seorang pegawai yang meminta namanya tidak ditulis mengatakan undangan apel itu disebar melalui grup WhatsApp kantor.`,
      INTRO.replace('membuka rapat kerja camat', 'membantah ada tekanan kepada pegawai'),
      '"Tidak ada perintah seperti itu dari pimpinan daerah kepada pegawai mana pun," ujarnya.',
    ]);
    expect(find(ss, 'Tidak ada perintah')?.speaker?.name).toBe(FULL);
  });
});

describe('paradigm 4: a bare title opening a sentence is the official it names', () => {
  // [title in full, the bare title written later]
  const titles: Array<[string, string]> = [
    ['Komandan Kodim 0720/Rembang', 'Dandim'],
    ['Kepala Dinas Pendidikan Kabupaten Rembang', 'Kepala Dinas'],
    ['Bupati Rembang', 'Bupati'],
    ['Kapolres Rembang', 'Kapolres'],
    ['Camat Lasem', 'Camat'],
    ['Ketua Bawaslu Kabupaten Rembang', 'Ketua Bawaslu'],
  ];
  const adverbs = ['kemudian', 'lalu', 'juga', 'selanjutnya'];
  const rows = titles.flatMap(([full, bare]) => adverbs.map((adv) => [full, bare, adv] as const));
  const other = 'Danramil 0720-05/Lasem, Kapten Inf Sugeng Riyadi, melaporkan seluruh petugas telah dibekali buku saku netralitas.';
  it.each(rows)('%s … %s %s memberikan pengarahan. Ia menegaskan …', (full, bare, adv) => {
    const ss = statementsOf([
      `${full}, Bagus Wicaksono Hadi, mengecek kesiapan petugas di Koramil Lasem, Rabu.`,
      other,
      '"Bingkisan sekecil apa pun kami tolak. Itu sudah jadi perintah," kata Sugeng.',
      `${bare} ${adv} memberikan pengarahan. Ia menegaskan prajurit tidak boleh berada di dalam TPS kecuali diminta petugas.`,
    ]);
    expect(find(ss, 'Bingkisan sekecil')?.speaker?.name).toBe('Sugeng Riyadi');
    expect(find(ss, 'prajurit tidak boleh')?.speaker?.name).toBe('Bagus Wicaksono Hadi');
  });
  // negative rows: without the title sentence the pronoun continues the last speaker; a title with a name
  // after it is no bare title
  it.each(['diminta', 'dilarang', 'yang terbukti berkampanye akan'])('a passive or generic title subject (`Camat %s …`) is no mention', (after) => {
    const ss = statementsOf([
      'Bupati Rembang, Abdul Hafidz, mengumpulkan seluruh camat di pendopo, Senin.',
      'Camat Lasem, Sugeng Riyadi, melaporkan seluruh petugas telah dibekali buku saku netralitas.',
      'Bupati kemudian memberikan pengarahan. Ia menegaskan camat tidak boleh berada di dalam posko pemenangan.',
      `Camat ${after} tidak ikut kampanye. Ia menegaskan seluruh camat wajib melapor setiap pekan kepada bupati.`,
    ]);
    expect(find(ss, 'tidak boleh berada')?.speaker?.name).toBe('Abdul Hafidz');
    expect(find(ss, 'wajib melapor setiap pekan')?.speaker?.name).toBe('Abdul Hafidz');
  });
  it('no title sentence: the pronoun is the last speaker', () => {
    const ss = statementsOf([
      'Komandan Kodim 0720/Rembang, Bagus Wicaksono Hadi, mengecek kesiapan petugas di Koramil Lasem, Rabu.',
      other,
      '"Bingkisan sekecil apa pun kami tolak. Itu sudah jadi perintah," kata Sugeng. Ia menegaskan prajurit tidak boleh berada di dalam TPS kecuali diminta petugas.',
    ]);
    expect(find(ss, 'prajurit tidak boleh')?.speaker?.name).toBe('Sugeng Riyadi');
  });
});

describe('paradigm 5: an institution written in full with a joiner speaks in its own name', () => {
  const institutions = [
    'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
    'Badan Kesatuan Bangsa dan Politik Kabupaten Banggai',
    'Dinas Pendidikan dan Kebudayaan Kabupaten Alor',
    'Kementerian Hukum dan Hak Asasi Manusia',
  ];
  const verbs = ['meminta', 'menyatakan', 'menegaskan'];
  const rows = INSTITUTION_JOINERS.flatMap((j) => institutions.flatMap((inst) => verbs.map((v) => [inst.replace(' dan ', ` ${j} `), v] as const)));
  it.each(rows)('%s %s …', (inst, verb) => {
    const s = find(statementsOf([`${inst} ${verb} penjabat bupati segera menjatuhkan sanksi kepada seorang camat yang terbukti melanggar netralitas.`]), 'sanksi kepada seorang camat');
    expect(s?.speaker?.name).toBe(inst);
    expect(s?.speaker?.kind).toBe('institution');
  });
  // an institution with its acronym in brackets before the verb (`Komisi Aparatur Sipil Negara (KASN) menyebut`)
  const bracketed: Array<[string, string]> = [
    ['Komisi Aparatur Sipil Negara', 'KASN'],
    ['Badan Kepegawaian Negara', 'BKN'],
    ['Partai Persatuan Pembangunan', 'PPP'],
    ['Dewan Kehormatan Penyelenggara Pemilu', 'DKPP'],
  ];
  it.each(bracketed.flatMap(([inst, acr]) => verbs.map((v) => [inst, acr, v] as const)))('%s (%s) %s …', (inst, acr, verb) => {
    const s = find(statementsOf([`${inst} (${acr}) ${verb} penjabat bupati segera menjatuhkan sanksi kepada seorang camat yang terbukti melanggar netralitas.`]), 'sanksi kepada seorang camat');
    expect(s?.speaker?.name).toBe(inst);
    expect(s?.speaker?.kind).toBe('institution');
  });
  it('a person with an acronym in brackets is no institution', () => {
    const s = find(statementsOf(['Susilo Bambang Yudhoyono (SBY) menyatakan penjabat bupati segera menjatuhkan sanksi kepada seorang camat yang terbukti melanggar netralitas.']), 'sanksi kepada seorang camat');
    expect(s?.speaker?.kind).not.toBe('institution');
  });
  // negative rows: two people joined, or a capitalised phrase that is no institution: no institution speaker
  it.each(['Budi dan Ani', 'Warga Desa Sukamaju dan Sekitarnya Yang Hadir', 'Korea Selatan dan Hong Kong Selasa', 'Komisi Pemilihan Umum dan Badan Pengawas Pemilu Kabupaten Alor'])('%s menyatakan …', (subj) => {
    const s = find(statementsOf([`${subj} menyatakan penjabat bupati segera menjatuhkan sanksi kepada seorang camat yang terbukti melanggar netralitas.`]), 'sanksi kepada seorang camat');
    expect(s?.speaker?.kind).not.toBe('institution');
  });
});

describe('paradigm 6: a speaker after a lower-case descriptor and a comma', () => {
  const verbs = ['kata', 'ujar', 'tegas', 'jelas'];
  const rows = PERSON_NOUNS.map((noun, i) => [noun, verbs[i % verbs.length]!] as const);
  it.each(rows)('%s kebijakan publik Universitas X, Nama (%s)', (noun, verb) => {
    const s = find(statementsOf([`"Menurut saya, sanksi yang diberikan kepada camat itu sudah sesuai dengan tingkat kesalahannya," ${verb} ${noun} kebijakan publik Universitas Sembilanbelas November Kolaka, Muliadi Syam.`]), 'sanksi yang diberikan');
    expect(s?.speaker?.name).toBe('Muliadi Syam');
  });
  // negative rows: a pronoun or a title word after the comma is no name; a descriptor without a name is nobody
  it.each([
    ['a pronoun after the comma', 'kata pengamat kebijakan publik Universitas Halu Oleo, Beliau'],
    ['no name', 'kata pengamat kebijakan publik Universitas Halu Oleo'],
  ])('%s', (_name, attribution) => {
    const s = find(statementsOf([`"Menurut saya, sanksi yang diberikan kepada camat itu sudah sesuai dengan tingkat kesalahannya," ${attribution}.`]), 'sanksi yang diberikan');
    expect(s?.speaker ?? null).toBeNull();
  });
});

describe('paradigm 7: army and police commanders and posts are titles', () => {
  const rows: Array<[string, string]> = [
    ['Danlanal Tual', 'Letkol Laut (P) Reinhard Tambunan'],
    ['Danramil 0720-05/Lasem', 'Kapten Inf Reinhard Tambunan'],
    ['Danyon 733/Masariku', 'Letkol Inf Reinhard Tambunan'],
    ['Danlanud Pattimura', 'Kolonel Pnb Reinhard Tambunan'],
    ['Wakapolres Maluku Tengah', 'Kompol Reinhard Tambunan'],
    ['Kapolrestabes Medan', 'Kombes Pol Reinhard Tambunan'],
  ];
  it.each(rows)('tegas %s, %s', (title, name) => {
    const s = find(statementsOf([`"Netral. Itu sikap kami sejak awal dan tidak akan berubah sampai pelantikan," tegas ${title}, ${name}.`]), 'Netral');
    expect(s?.speaker?.name).toBe('Reinhard Tambunan');
  });
  // negative row: a headline that puts a post where a name would be gives no person of that name
  it.each(['Babinsa', 'Bhabinkamtibmas'])('a headline ending in %s names nobody', (post) => {
    const text = [`Dandim Rembang Cek Kesiapan ${post}`, 'Komandan Kodim 0720/Rembang, Letkol Inf Bagus Wicaksono Hadi, mengecek kesiapan petugas, Rabu.', '"Jaga jarak dari TPS. Kalau ada keributan, koordinasi dengan polisi dulu," tegas Dandim.'];
    const ss = statementsOf(text);
    expect(find(ss, 'Jaga jarak')?.speaker?.name).toBe('Bagus Wicaksono Hadi');
  });
});

describe('paradigm 8: `melarang` with its verb, `melaporkan` with a clause', () => {
  const subjects = ['Kapolres Way Kanan, AKBP Adi Saputra Wibowo,', 'Kepala Dinas Pendidikan Lombok Timur, Adi Saputra Wibowo,'];
  const objects = ['seluruh personel mengunggah dukungan kepada pasangan calon', 'guru membicarakan pilihan politik di depan siswa', 'ASN untuk ikut kampanye pasangan calon'];
  it.each(subjects.flatMap((s) => objects.map((o) => [s, o] as const)))('%s melarang %s', (subj, obj) => {
    const s = find(statementsOf([`${subj} melarang ${obj}.`]), obj.split(' ').slice(0, 3).join(' '));
    expect(s?.quote.startsWith('melarang')).toBe(true);
    expect(s?.speaker?.name).toBe('Adi Saputra Wibowo');
    expect(s?.type).toBe('warning');
  });
  it.each(['telah dibekali buku saku netralitas', 'sudah menerima surat edaran netralitas', 'belum pernah ikut kampanye'])('melaporkan seluruh petugas %s', (clause) => {
    const s = find(statementsOf([`Danramil Lasem, Kapten Inf Sugeng Riyadi, melaporkan seluruh petugas ${clause}.`]), clause);
    expect(s?.speaker?.name).toBe('Sugeng Riyadi');
  });
  // negative rows: a plain object of `melaporkan`, and `melarang` inside a relative clause, report nothing
  it.each([
    'Warga melaporkan kasus itu ke Bawaslu Kabupaten Rembang pada Senin pagi.',
    'Sekda mengeluarkan surat edaran yang melarang ASN memasang foto profil bergambar pasangan calon.',
  ])('%s', (para) => {
    expect(statementsOf([para])).toEqual([]);
  });
});

describe('paradigm 9: a `marked` verb and a sub-count (`dari N …, M …`)', () => {
  const marked = INDIRECT_VERBS.filter((v) => v.content === 'marked' && !v.verb.includes(' ')).map((v) => v.verb);
  const counts: Array<[string, string]> = [
    ['14 akun itu', 'sembilan milik guru'],
    ['27 ASN yang dilaporkan', '19 sudah direkomendasikan ke BKN'],
    ['tiga kecamatan tersebut', 'sebagian besar berada di pesisir'],
    ['dua belas laporan', 'delapan tidak memenuhi syarat formal'],
  ];
  const rows = marked.map((verb, i) => [verb, ...counts[i % counts.length]!] as const);
  it.each(rows)('%s dari %s, %s', (verb, whole, part) => {
    const s = find(statementsOf([`Anggota Bawaslu Kabupaten Bungo, Fitriani Rahma Dewi, ${verb} dari ${whole}, ${part}.`]), part);
    expect(s?.speaker?.name).toBe('Fitriani Rahma Dewi');
  });
  // negative rows: `dari` and a count with no part after it is a plain object's adjunct
  it.each(marked.slice(0, 6))('%s dari 27 laporan … (no part) reports nothing', (verb) => {
    expect(statementsOf([`Anggota Bawaslu Kabupaten Bungo, Fitriani Rahma Dewi, ${verb} dari 27 laporan yang masuk ke kantornya pekan lalu.`])).toEqual([]);
  });
});
