// Paradigm tests for the attribution kinds fixed in round 12 (quotes10, issue 22), from the errors of the check11,
// check10, check8, check7 and check6 sets: each table crosses the kind with its natural variation, built from the
// lexicon's lists where one exists, with negative rows beside it that must not fire.
//   1. a section connective closed by its comma (`Terpisah,`, `Sementara itu,`, `Dikonfirmasi terpisah,`, every
//      entry of SECTION_CONNECTIVES) is never a speaker: the title and name after it are, with or without an
//      adjunct before the verb (`…, saat dikonfirmasi mengatakan`);
//   2. a short name (`kata Rahmat`, `Rahmat berharap`, `Menurutnya`) that an official's name and a person named in
//      full after that official's last mention both hold is the person named last; with the official named again
//      after the person, the official.
// Before (8bfcdec): table 1 failed on the rows with an adjunct before the verb (speaker `Terpisah`, `Senada`, …);
// table 2 failed on its positive rows (the official); the negative rows passed.
import { describe, expect, it } from 'vitest';
import { CHANT_NOUNS, SECTION_CONNECTIVES } from '../../src/lexicon/attribution.js';
import { PERMISSIONS } from '../../src/lexicon/statement-type-words.js';
import { INTERVIEW_CUES } from '../../src/lexicon/attribution-documents.js';
import type { Statement } from '../../src/model.js';
import { statementsOf } from './statement-cases.js';

const find = (ss: Statement[], frag: string): Statement | undefined => ss.find((s) => s.quote.includes(frag));
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** The words a connective is written with before its comma, where the first alone is not how it is written. */
const WRITTEN: Record<string, string> = {
  sementara: 'sementara itu', selain: 'selain itu', disamping: 'disamping itu', oleh: 'oleh karena itu', untuk: 'untuk itu',
  dengan: 'dengan demikian', meski: 'meski demikian', kendati: 'kendati demikian', walau: 'walau begitu',
  walaupun: 'walaupun begitu', hal: 'hal senada', lebih: 'lebih lanjut', secara: 'secara terpisah',
  dikonfirmasi: 'dikonfirmasi terpisah', ditemui: 'ditemui terpisah', dihubungi: 'dihubungi terpisah',
  dijumpai: 'dijumpai terpisah', diwawancarai: 'diwawancarai terpisah', namun: 'namun demikian',
};

describe('paradigm 1: a section connective is never a speaker', () => {
  const subjects: Array<[string, string, string]> = [
    ['Penjabat Bupati Bangli', 'I Wayan Gede Suarjana Putra', ', S.STP., M.Si.,'],
    ['Kepala Dinas PMD Kabupaten Sumbawa', 'Lalu Suharmaji Kertawijaya', ','],
    ['Ketua Bawaslu Kota Kendari', 'Ahmad Fauzi Rahman', ', S.H.,'],
    ['Camat Pangkalan Lampam', 'Siti Rohani', ', S.Sos.,'],
  ];
  const adjuncts = ['saat dikonfirmasi', 'ketika ditemui di kantornya', ''];
  const verbs = ['mengatakan', 'menyatakan', 'mengaku'];
  // every connective with every adjunct form (the adjunct before the verb is what made the connective the subject)
  const rows = SECTION_CONNECTIVES.flatMap((c, i) =>
    adjuncts.map((adjunct, j) => {
      const [title, name, after] = subjects[(i + j) % subjects.length]!;
      return [cap(WRITTEN[c] ?? c), title, name, after, adjunct, verbs[(i + j) % verbs.length]!] as const;
    }),
  );
  it.each(rows)('%s, %s, %s: the named official', (conn, title, name, after, adjunct, verb) => {
    const ss = statementsOf([
      'Bawaslu mencatat empat dugaan pelanggaran netralitas ASN menjelang pilkada serentak tahun ini.',
      `${conn}, ${title}, ${name}${after} ${adjunct ? `${adjunct} ` : ''}${verb} sudah menerima surat rekomendasi dari Bawaslu. "Kami tindak lanjuti minggu ini," katanya.`,
    ]);
    expect(find(ss, 'sudah menerima surat rekomendasi')?.speaker?.name).toBe(name);
    expect(find(ss, 'Kami tindak lanjuti')?.speaker?.name).toBe(name);
  });
  // negative rows: a name opening the clause stays the speaker (`Sutrisno, Kepala Desa X, mengatakan`), and a
  // connective before an unnamed subject gives no speaker named by the connective
  it.each(subjects)('%s: a name before its title still speaks', (title, name) => {
    const ss = statementsOf([`${name}, ${title}, saat dikonfirmasi mengatakan sudah menerima surat rekomendasi dari Bawaslu.`]);
    expect(find(ss, 'sudah menerima surat rekomendasi')?.speaker?.name).toBe(name);
  });
  it.each(['Terpisah', 'Senada', 'Sebelumnya', 'Sementara itu'])('%s, a speaker nobody names', (conn) => {
    const ss = statementsOf([`${conn}, salah seorang warga saat dikonfirmasi mengatakan belum menerima surat pemberitahuan apa pun.`]);
    for (const s of ss) expect(s.speaker?.name ?? '').not.toMatch(new RegExp(`^${conn.split(' ')[0]}`, 'u'));
  });
});

describe('paradigm 2: a short name held by a person named in full after the official', () => {
  const cases: Array<[string, string, string, string, string]> = [
    // [official's title, official's name, descriptor of the person, person's full name, the shared word]
    ['Bupati Ogan Komering Ilir', 'Rahmat Santoso', 'Kuasa hukum penggugat', 'Rahmat Hidayat Siregar, S.H., M.H.', 'Rahmat'],
    ['Kepala Dinas Pendidikan Kota Metro', 'Agus Salim', 'Pengamat politik Universitas Lampung', 'Agus Wibowo Saputra', 'Agus'],
    ['Camat Tanjung Raya', 'Budi Hartono', 'Tokoh masyarakat setempat', 'Budi Kurniawan Siregar', 'Budi'],
  ];
  it.each(cases)('%s %s, then %s, %s: `kata %s` is the person', (title, official, desc, person, short) => {
    const full = person.split(',')[0]!;
    const ss = statementsOf([
      `${title}, ${official}, mengatakan pemkab siap menghadapi gugatan yang didaftarkan ke pengadilan.`,
      `${desc}, ${person}, mengatakan kliennya tidak pernah diperiksa secara patut. "Klien kami hanya hadir di acara pengajian," kata ${short} usai sidang.`,
      `${short} berharap majelis hakim menilai perkara ini secara utuh. Menurutnya, sanksi itu terlalu berat untuk kehadiran di acara keagamaan.`,
    ]);
    expect(find(ss, 'kliennya tidak pernah')?.speaker?.name).toBe(full);
    expect(find(ss, 'Klien kami hanya hadir')?.speaker?.name).toBe(full);
    expect(find(ss, 'sanksi itu terlalu berat')?.speaker?.name).toBe(full);
    expect(find(ss, 'pemkab siap menghadapi')?.speaker?.name).toBe(official);
  });
  // negative rows: the official named again in full after the person: the short name is the official's
  it.each(cases)('%s %s named again after %s: the official', (title, official, desc, person, short) => {
    const ss = statementsOf([
      `${desc}, ${person}, mengatakan kliennya tidak pernah diperiksa secara patut.`,
      `${title}, ${official}, mengatakan pemkab siap menghadapi gugatan itu. "Prosedurnya sudah kami jalankan," kata ${short}.`,
    ]);
    expect(find(ss, 'Prosedurnya sudah kami jalankan')?.speaker?.name).toBe(official);
  });
});

describe('paradigm 3: a permission daring a generic offender threatens', () => {
  // the generic offender, as a condition before the permission (GENERIC_CONDITIONS' words in their clauses)
  const offenders = [
    'Siapa yang masih nekat,',
    'Siapa pun yang ketahuan ikut kampanye,',
    'Kalau ada lurah yang kedapatan pasang stiker calon di kantor,',
    'ASN yang terbukti jadi tim sukses tidak akan kami lindungi.',
    'Kepala desa yang tertangkap tangan membagikan sembako calon,',
  ];
  const dares = ['berhadapan dengan Propam', 'siap-siap angkat koper', 'Bawaslu proses, kami ikuti rekomendasinya', 'tanggung sendiri akibatnya'];
  const rows = PERMISSIONS.filter((w) => !w.startsWith('di') && !w.startsWith('per')).flatMap((p) =>
    offenders.map((o, i) => [o, p, dares[i % dares.length]!] as const),
  );
  it.each(rows)('%s %s %s: a warning', (offender, permission, dare) => {
    const opened = offender.endsWith('.') ? cap(permission) : permission;
    const ss = statementsOf([`"${offender} ${opened} ${dare}," kata Bupati Purwakarta, Anne Ratna Mustika.`]);
    expect(find(ss, dare.split(',')[0]!)?.type).toBe('warning');
  });
  // negative rows: a permission inviting a witness to report, or with no offender before it, appeals
  const invitations = [
    'Kalau ada ASN yang ketahuan berkampanye, silakan laporkan ke Panwascam terdekat',
    'Siapa pun yang melihat kepala desa ikut kampanye, silakan lapor ke posko kami',
    'Silakan datang ke posko kami kalau melihat ASN berkampanye',
    'Kalau ada bukti, silahkan sampaikan ke Bawaslu, identitas pelapor kami jaga',
    'Silakan masyarakat memanfaatkan posko pengaduan yang kami buka di setiap kecamatan',
  ];
  it.each(invitations)('%s: an appeal', (text) => {
    const ss = statementsOf([`"${text}," kata Ketua Bawaslu Kabupaten Dompu, Swastari Hamzah.`]);
    expect(find(ss, text.slice(0, 20))?.type).toBe('appeal');
  });
});

describe('paradigm 4: a chant is no reported content', () => {
  const subjects = ['pembawa acara', 'Ketua Tim Pemenangan, Budi Santoso,', 'ratusan pendukung', 'Camat Ledokombo, Siti Rohani,'];
  const tails = ['pasangan calon nomor urut dua', 'dukungan untuk calon bupati', 'di atas panggung kampanye'];
  const rows = CHANT_NOUNS.map((n, i) => [subjects[i % subjects.length]!, n, tails[i % tails.length]!] as const);
  it.each(rows)('%s menyerukan %s %s: no statement', (subject, noun, tail) => {
    const ss = statementsOf([
      'Kasus itu bermula dari laporan warga yang menyertakan video seorang camat di barisan depan acara pengajian.',
      `Dalam video yang beredar, ia terlihat ikut mengangkat tangan ketika ${subject} menyerukan ${noun} ${tail}.`,
    ]);
    expect(find(ss, tail)).toBeUndefined();
  });
  // negative rows: a chant noun opening a reported clause, and the verb with reported content, still report
  it.each([
    ['mengatakan', 'yel-yel itu tidak mengandung ajakan memilih pasangan calon'],
    ['menegaskan', 'lagu kampanye tidak boleh diputar di kantor kelurahan'],
    ['menyerukan', 'agar seluruh ASN menjaga netralitas selama masa kampanye'],
    ['menyerukan', 'seluruh kepala desa tidak ikut menyerukan dukungan kepada calon'],
  ])('Ketua Bawaslu, Budi Santoso, %s %s: a statement', (verb, content) => {
    const ss = statementsOf([`Ketua Bawaslu Kabupaten Jember, Budi Santoso, ${verb} ${content}.`]);
    expect(find(ss, content.split(' ').slice(0, 4).join(' '))?.speaker?.name).toBe('Budi Santoso');
  });
});

describe('paradigm 5: an interview introduced as a talk', () => {
  // every cue form of INTERVIEW_CUES that introduces the talk in running text
  const CAMAT = 'Camat Jatiwangi, Deden Rustandi Kusumah,';
  const leads: Record<string, string> = {
    mewawancarai: `Wartawan kami mewawancarai ${CAMAT} di kantornya.`,
    wawancarai: `Kami wawancarai ${CAMAT} di kantornya.`,
    diwawancarai: `${CAMAT} diwawancarai wartawan kami di kantornya.`,
    wawancara: `Berikut wawancara dengan ${CAMAT} di kantornya.`,
    wawancaranya: `${CAMAT} ditemui di kantornya. Berikut wawancaranya.`,
    petikan: `Berikut petikan perbincangan dengan ${CAMAT} di kantornya.`,
    petikannya: `Wartawan kami menemui ${CAMAT} di kantornya. Berikut petikannya.`,
    obrolan: `Berikut obrolan dengan ${CAMAT} di kantornya.`,
  };
  const intros = INTERVIEW_CUES.map((c) => [c, leads[c] ?? `Wartawan kami ${c} dengan ${CAMAT} di kantornya.`] as const);
  it.each(intros)('%s (%s): the answers are the camat\'s', (_cue, lead) => {
    const ss = statementsOf([
      `Pilkades serentak di Kabupaten Majalengka digelar 5 November 2023. ${lead}`,
      'Bagaimana aturan cuti untuk kades petahana?\nWajib cuti sejak ditetapkan sebagai calon sampai pelantikan kades terpilih.',
      'Bagaimana dengan perangkat desa yang ikut mencalonkan diri?\nMereka juga harus cuti. Kalau ketahuan masih pakai kantor desa, kami laporkan.',
    ]);
    expect(find(ss, 'Wajib cuti sejak ditetapkan')?.speaker?.name).toBe('Deden Rustandi Kusumah');
    expect(find(ss, 'Mereka juga harus cuti')?.speaker?.name).toBe('Deden Rustandi Kusumah');
  });
  // negative row: questions and answers with no cue of an interview are no interview
  it('questions in an explainer with no interview cue give no answers', () => {
    const ss = statementsOf([
      'Pilkades serentak di Kabupaten Majalengka digelar 5 November 2023. Camat Jatiwangi, Deden Rustandi Kusumah, hadir di balai desa.',
      'Bagaimana aturan cuti untuk kades petahana?\nWajib cuti sejak ditetapkan sebagai calon sampai pelantikan kades terpilih.',
      'Bagaimana dengan perangkat desa yang ikut mencalonkan diri?\nMereka juga harus cuti sampai pelantikan.',
    ]);
    expect(find(ss, 'Wajib cuti sejak ditetapkan')).toBeUndefined();
  });
});
