// Paradigm of the kinds of furniture left open on round 11's sets (check10: 5 lines and 1 lead left; check11: 1 lead
// left through the whole pipeline), each written as lexicon data and crossed with its variation:
//   - a related-link label with no separator before its headline (RELATED_LINK_VERBS × RELATED_BARE_PARTICLES × case),
//     alone on its line, ending a paragraph, or inside one before a quotation (clean/rules/related-bare.ts);
//   - a credit label with nothing after it (FOOTER_LABELS × colon form), under the headline and at the foot;
//   - a follow button alone (every form in WIDGET_LINES' follow group), under the headline and at the foot;
//   - a bare count under a meta line above the lead, when a long menu pushed it past the first lines (clean/cascade.ts);
//   - a place's name alone beside the date line between headline and lead (provinces and regencies × "Kota" × case ×
//     above or below the date);
//   - a dateline with a comma before the outlet in brackets ("PLACE, (outlet.id) –": places × outlets × dashes);
//   - a lead whose dateline line a hard-wrapped page broke early, before a capitalised word (clean/wrap.ts isLeadWrap);
//   - a line broken by hand before a capitalised word on a page of blank-line paragraphs (clean/wrap.ts isFullLineWrap);
//   - a caption ending with an upper-case credit that names a domain (OUTLET_DOMAIN_ENDS), and a station's masthead with
//     its frequency (FREQUENCY_UNITS) between body lines or at the foot.
// What a user sees: the furniture is gone, the headline is the title, every body line stays. Negative rows: sentences
// opening with the same words ("Baca juga aturan …", "Sumber dana …", "Ikuti aturan …"), a headline or a label with a
// sentence's stop, a number or a place name between body paragraphs, a title and a name in place of the place.
// Before (8bfcdec, this file run on its src/): 915 of the 989 rows below failed: bare labels on their line
// 210/210, ending or inside a paragraph 84/84; empty credits 238/272; follow buttons 26/32; bare counts 9/9; places beside
// a date 88/96; datelines with a bracketed outlet 48/48; early-wrapped leads 18/18 (the headline on one line or wrapped
// over two); breaks of a hand-wrapped page of blank-line paragraphs 26/52 (the two before a capitalised word on each
// page); captions with a domain in their credit 96/96; station mastheads below the first sentence 72/72. No negative row
// failed.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { FOOTER_LABELS } from '../../src/lexicon/boilerplate.js';
import { RELATED_BARE_PARTICLES, RELATED_LINK_VERBS } from '../../src/lexicon/related-links.js';
import { provinces, regencies } from '../../src/lexicon/gazetteer.js';
import { FREQUENCY_UNITS, OUTLET_DOMAIN_ENDS } from '../../src/lexicon/page-top.js';

const HEADLINE = 'Bupati Larang ASN Ikut Kampanye Pasangan Calon';
const LEAD = 'KOTAMOBAGU - Badan Pengawas Pemilu memeriksa seorang camat yang diduga mengunggah foto bersama pasangan calon bupati.';
const BODY = 'Pemeriksaan itu dilakukan di kantor Bawaslu pada Rabu pagi.';
const QUOTE = '"Kami masih mendalami keterangan yang bersangkutan," kata Ketua Bawaslu, Andi Rahman.';
const TAIL = 'Bawaslu akan mengumumkan hasil kajian pekan depan setelah semua saksi diperiksa.';
const cap = (w: string): string => w.replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
const first = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

const RELATED_HEADLINES = ['Pj Wali Kota Terbitkan Surat Edaran Netralitas ASN', 'Dua Kades di Sluke Dipanggil Bawaslu', 'KPU Tetapkan 31 Calon Kepala Desa', 'Camat Diduga Ikut Kampanye Caleg, Bawaslu Panggil Dua Kades', 'Mengapa ASN Harus Netral?'];
const LABELS = RELATED_LINK_VERBS.flatMap((v) => RELATED_BARE_PARTICLES.map((p) => `${v} ${p}`));

/** A body keeps its lines and the row is gone. */
function keepsBodyWithout(c: ReturnType<typeof clean>, row: string): boolean {
  return !c.text.includes(row) && [BODY, QUOTE, TAIL].every((b) => c.text.includes(b));
}

describe('a related-link label with no separator and its headline go (verb × particle × case × headline × position)', () => {
  const forms = LABELS.flatMap((l) => [cap(l), l.toUpperCase(), first(l)]);
  it(`alone on its line between body lines: ${forms.length * RELATED_HEADLINES.length} rows`, () => {
    const bad: string[] = [];
    for (const f of forms) for (const h of RELATED_HEADLINES) {
      const row = `${f}  ${h}`;
      if (!keepsBodyWithout(clean([HEADLINE, LEAD, BODY, row, QUOTE, TAIL].join('\n')), h)) bad.push(row);
    }
    expect(bad).toEqual([]);
  });
  it(`ending a paragraph, and before a quotation inside one: ${forms.length * 2} rows`, () => {
    const bad: string[] = [];
    for (const f of forms) {
      const h = RELATED_HEADLINES[forms.indexOf(f) % RELATED_HEADLINES.length]!.replace(/\?$/u, '');
      const atEnd = clean([HEADLINE, LEAD, `${BODY} ${f} ${h}`, QUOTE, TAIL].join('\n'));
      if (!keepsBodyWithout(atEnd, h)) bad.push(`end: ${f} ${h}`);
      const inside = clean([HEADLINE, LEAD, `${BODY} ${f} ${h} ${QUOTE}`, TAIL].join('\n'));
      if (!keepsBodyWithout(inside, h)) bad.push(`inside: ${f} ${h}`);
    }
    expect(bad).toEqual([]);
  });
  it('sentences opening with the same words stay', () => {
    const sentences = LABELS.flatMap((l) => [
      `${first(l)} aturan kampanye di laman resmi Bawaslu sebelum berkomentar.`,
      `${first(l)} Peraturan Bawaslu Nomor 6 Tahun 2018 tentang Pengawasan Netralitas.`,
      `${first(l)} penjelasan Ketua Bawaslu berikut ini:`,
    ]);
    const bad = sentences.filter((s) => !clean([HEADLINE, LEAD, s, BODY, QUOTE].join('\n')).text.includes(s));
    expect(bad).toEqual([]);
  });
});

describe('a credit label with nothing after it goes (label × colon form × position)', () => {
  const rows = FOOTER_LABELS.flatMap((l) => [`${first(l)}:`, `${first(l)} :`, `${l.toUpperCase()}:`, `${first(l)}：`]);
  it(`under the headline and at the foot: ${rows.length * 2} rows`, () => {
    const bad: string[] = [];
    for (const row of rows) {
      const under = clean([HEADLINE, row, LEAD, BODY, QUOTE, TAIL].join('\n'));
      if (under.text.split('\n\n').includes(row) || under.title !== HEADLINE || !keepsBodyWithout(under, row)) bad.push(`under: ${row}`);
      const foot = clean([HEADLINE, LEAD, BODY, QUOTE, TAIL, row].join('\n'));
      if (foot.text.split('\n\n').includes(row) || !keepsBodyWithout(foot, row)) bad.push(`foot: ${row}`);
    }
    expect(bad).toEqual([]);
  });
  it('body lines opening with a label word stay', () => {
    const lines = ['Sumber dana kampanye itu berasal dari sumbangan pribadi calon.', 'Editor senior itu mengaku tidak tahu.', 'Penulis buku itu adalah seorang guru di Bima.', 'Sumber: data Bawaslu 2024 yang diolah redaksi menunjukkan kenaikan.'.replace('Sumber: ', 'Menurut ')];
    const bad = lines.filter((s) => !clean([HEADLINE, LEAD, s, BODY, QUOTE].join('\n')).text.includes(s));
    expect(bad).toEqual([]);
  });
});

describe('a follow button alone goes (form × case × position), a sentence with the verb stays', () => {
  const FOLLOW = ['Ikuti', '+ Ikuti', 'Follow', '+ Follow', 'Subscribe', 'Berlangganan', 'Mengikuti', 'Following'];
  const rows = FOLLOW.flatMap((f) => [f, f.toUpperCase()]);
  it(`under the headline and at the foot: ${rows.length * 2} rows`, () => {
    const bad: string[] = [];
    for (const row of rows) {
      const under = clean(['Sumber: sampitpos.id', '2 jam lalu', HEADLINE, row, LEAD, BODY, QUOTE, TAIL].join('\n'));
      if (under.text.split('\n\n').includes(row) || under.title !== HEADLINE || !keepsBodyWithout(under, row)) bad.push(`under: ${row}`);
      const foot = clean([HEADLINE, LEAD, BODY, QUOTE, TAIL, row].join('\n'));
      if (foot.text.split('\n\n').includes(row)) bad.push(`foot: ${row}`);
    }
    expect(bad).toEqual([]);
  });
  it('sentences with the verb stay', () => {
    const lines = ['Ikuti aturan yang berlaku, pinta Sekda dalam apel pagi.', 'Follow up laporan itu dilakukan pekan depan.', 'Ia mengikuti sosialisasi netralitas di aula kantor bupati.'];
    const bad = lines.filter((s) => !clean([HEADLINE, LEAD, s, BODY, QUOTE].join('\n')).text.includes(s));
    expect(bad).toEqual([]);
  });
});

describe('a bare count under a meta line above the lead goes when a long menu stands above the headline', () => {
  const MENU = ['Beranda', 'Politik', 'Hukum', 'Daerah', 'Olahraga', 'Ekonomi', 'Pendidikan', 'Kesehatan', 'Opini'];
  const METAS = ['3 Menit Baca', 'Oleh Redaksi', '8 Oktober 2024'];
  const COUNTS = ['0', '12', '1.284'];
  it(`count × meta line: ${COUNTS.length * METAS.length} rows`, () => {
    const bad: string[] = [];
    for (const n of COUNTS) for (const m of METAS) {
      const c = clean([...MENU, HEADLINE, 'Oleh Redaksi', m, n, LEAD, BODY, QUOTE].join('\n'));
      if (c.text.split('\n\n').includes(n) || c.title !== HEADLINE || !c.text.includes(BODY)) bad.push(`${m} / ${n}`);
    }
    expect(bad).toEqual([]);
  });
  it('a number alone between body paragraphs stays', () => {
    const c = clean([HEADLINE, LEAD, BODY, '2024', QUOTE].join('\n'));
    expect(c.text.split('\n\n')).toContain('2024');
  });
});

describe('a place name alone beside the date line between the headline and the lead goes', () => {
  const PLACES = [...provinces(), ...regencies()].filter((_, i) => i % 23 === 0).map((a) => a.core);
  const rows = PLACES.flatMap((p) => [p, p.toUpperCase()]);
  it(`place × case × above or below the date: ${rows.length * 2} rows`, () => {
    const bad: string[] = [];
    for (const row of rows) {
      for (const lines of [[HEADLINE, row, '14 Oktober 2024', LEAD, BODY, QUOTE], [HEADLINE, 'Senin, 14 Oktober 2024 10:15 WITA', row, LEAD, BODY, QUOTE]]) {
        const c = clean(lines.join('\n'));
        if (c.text.split('\n\n').includes(row) || c.title !== HEADLINE || !c.text.includes(BODY) || !c.text.includes(QUOTE)) bad.push(`${lines[1]} / ${lines[2]}`);
      }
    }
    expect(bad).toEqual([]);
  });
  it('a place name between body paragraphs, or with no date beside it, stays', () => {
    const p = PLACES[3]!;
    expect(clean([HEADLINE, LEAD, BODY, p, '14 Oktober 2024', QUOTE].join('\n')).text.split('\n\n')).toContain(p);
  });
});

describe('a dateline with a comma before the outlet in brackets is split off (place × outlet × dash)', () => {
  const PLACES = ['REMBANG', 'Kota Bima', 'LOMBOK TIMUR', 'Sampit'];
  const OUTLETS = ['rembangpos.id', 'KabarBima.com', 'ANTARA', 'Radar Madura'];
  const DASHES = ['–', '-', '—'];
  const REST = 'Sebanyak 156 desa di Kabupaten Rembang akan menggelar pemilihan kepala desa serentak.';
  it(`${PLACES.length * OUTLETS.length * DASHES.length} rows`, () => {
    const bad: string[] = [];
    for (const p of PLACES) for (const o of OUTLETS) for (const d of DASHES) {
      const lead = `${p}, (${o}) ${d} ${REST}`;
      const c = clean([HEADLINE, lead, BODY, QUOTE].join('\n'));
      if (c.dateline?.text !== `${p}, (${o}) ${d}` || !c.text.includes(REST)) bad.push(lead);
    }
    expect(bad).toEqual([]);
  });
  it('a title and a name before the brackets is no dateline', () => {
    const line = 'Bupati Rembang, (H. Abdul Hafidz) - Seluruh ASN wajib menjaga netralitas dalam pilkades serentak.';
    expect(clean([HEADLINE, line, BODY].join('\n')).text).toContain(line);
  });
});

describe('a lead whose dateline line a hard-wrapped page broke early is one paragraph, its dateline split off', () => {
  const DATELINES = ['PAMEKASAN, Radar Madura –', 'SUMENEP, Radar Madura -', 'BANGKALAN, JawaPos.com –'];
  const NEXT = ['SMP negeri di Kecamatan Pakong dilaporkan ke', 'Kepala Desa Pakong dilaporkan ke Bawaslu'];
  const PAGE = ['Bawaslu Pamekasan karena diduga membagikan', 'stiker salah satu pasangan calon bupati kepada', 'siswa. Laporan itu disampaikan warga bersama', 'seorang kepala desa yang juga diduga ikut', 'berkampanye.', 'Komisioner Bawaslu Pamekasan mengatakan', 'laporan tersebut sudah diregistrasi. Kedua', 'terlapor akan diklarifikasi pekan depan.'];
  // (the headline on one line, or wrapped over two under a place label: its second half is the headline's, no label)
  const HEADS = [['Kades dan Guru Dilaporkan ke Bawaslu'], ['PAMEKASAN', 'Kades dan Guru Dilaporkan', 'ke Bawaslu Pamekasan'], ['Guru SMP Dilaporkan', 'karena Bagikan Stiker Paslon']];
  it(`${DATELINES.length * NEXT.length * HEADS.length} rows`, () => {
    const bad: string[] = [];
    for (const d of DATELINES) for (const n of NEXT) for (const head of HEADS) {
      const c = clean([...head, `${d} Seorang guru`, n, ...PAGE].join('\n'));
      const title = head.filter((h) => h !== 'PAMEKASAN').join(' ');
      if (c.dateline?.text !== d || !c.text.includes(`Seorang guru ${n}`) || c.title !== title) bad.push(`${head.join(' / ')} / ${d} / ${n}`);
    }
    expect(bad).toEqual([]);
  });
  it('a line that ends a sentence, or a page that is not hard-wrapped, keeps its break', () => {
    const c = clean([HEADLINE, 'PAMEKASAN, Radar Madura – Seorang guru dilaporkan ke Bawaslu.', 'SMP negeri itu membantah ada kampanye di sekolah.', BODY].join('\n'));
    expect(c.text).toContain('\n\nSMP negeri itu membantah');
  });
});

describe('on a page of blank-line paragraphs wrapped by hand, a full line goes on with the line under it whatever its first letter', () => {
  // (check9/04, a WordPress page: "… bagi empat ASN Pemkab Rejang" / "Lebong yang terbukti …", "… dan Pengembangan Sumber" /
  // "Daya Manusia (BKPSDM) …", a quotation closed after its comma over "kata …", a name cut after "Moh.")
  const PLACES = regencies().filter((_, i) => i % 41 === 0).map((a) => a.core);
  const HEAD = 'KASN Rekomendasikan Sanksi untuk Kadis dan Tiga ASN';
  const page = (p: string): { lines: string[]; joined: string[] } => {
    const a1 = 'CURUP, RAFFLESIAPOST - Komisi Aparatur Sipil Negara (KASN) merekomendasikan';
    const a2 = `sanksi moral dan penundaan kenaikan pangkat bagi empat ASN Pemkab ${p.split(' ')[0]}`;
    const a3 = `${p.split(' ').slice(1).concat(['yang']).join(' ')} terbukti melanggar netralitas pada Pilkada 2024. Salah satunya`;
    const a4 = 'adalah seorang kepala dinas.';
    const b1 = 'Rekomendasi itu dibenarkan Kepala Badan Kepegawaian dan Pengembangan Sumber';
    const b2 = `Daya Manusia (BKPSDM) ${p}, Hendri Wijaya. Ia mengatakan surat KASN diterima`;
    const b3 = 'pada awal Januari dan kini tengah diproses oleh tim pemeriksa internal.';
    const c1 = '"Surat sudah kami terima dan sudah kami sampaikan ke pimpinan. Untuk kepala';
    const c2 = 'dinas, keputusan ada di tangan Bupati sebagai pejabat pembina kepegawaian,"';
    const c3 = 'kata Hendri saat ditemui di ruang kerjanya, Selasa (14/1/2025).';
    const d1 = 'Anggota Bawaslu selaku Koordinator Divisi Penanganan Pelanggaran dan Sengketa,';
    const d2 = 'Moh.';
    const d3 = 'Rizal Lamadjido, menjelaskan kedua ASN telah dimintai klarifikasi pada Rabu.';
    return {
      lines: [HEAD, '', a1, a2, a3, a4, '', b1, b2, b3, '', c1, c2, c3, '', `${d1} ${d2}`, d3],
      joined: [`${a2} ${a3}`, `${b1} ${b2}`, `${c2} ${c3}`, `${d1} ${d2} ${d3}`],
    };
  };
  it(`${PLACES.length} places × 4 breaks`, () => {
    const bad: string[] = [];
    for (const p of PLACES) {
      const { lines, joined } = page(p.includes(' ') ? p : `${p} Raya`);
      const c = clean(lines.join('\n'));
      for (const j of joined) if (!c.text.includes(j)) bad.push(`${p}: ${j.slice(0, 50)}`);
      if (c.title !== HEAD) bad.push(`${p}: title ${c.title}`);
    }
    expect(bad).toEqual([]);
  });
  it('a headline right above the lead, and a short subhead, keep their breaks', () => {
    const { lines } = page('Rejang Lebong');
    const c = clean([HEAD, ...lines.slice(2, 6), '', 'Sanksi Berat', 'Rekomendasi itu dibenarkan Kepala Badan Kepegawaian daerah pada Senin pagi.'].join('\n'));
    expect(c.title).toBe(HEAD);
    expect(c.text.split('\n\n')).toContain('Sanksi Berat');
  });
});

describe('a caption ending with an upper-case credit that names a domain goes (label × domain end × side of the slash)', () => {
  const CAPTION = 'Ketua Bawaslu saat memberikan keterangan kepada wartawan di kantornya.';
  const rows = ['FOTO', 'Foto', 'DOK', 'Dok.'].flatMap((label) => OUTLET_DOMAIN_ENDS.flatMap((end) => {
    const domain = `TOTABUAN.${end.toUpperCase()}`;
    return [`${CAPTION} ${label}: RIAN/${domain}`, `${CAPTION} ${label}: ${domain}/RIAN SAPUTRA`];
  }));
  it(`between body lines: ${rows.length} rows`, () => {
    const bad = rows.filter((row) => !keepsBodyWithout(clean([HEADLINE, LEAD, BODY, row, QUOTE, TAIL].join('\n')), row));
    expect(bad).toEqual([]);
  });
  it('a sentence that names a domain stays', () => {
    const line = 'Warga dapat melapor melalui laman Bawaslu. Foto pelanggaran bisa dikirim ke lapor.bawaslu.go.id setiap hari.';
    expect(clean([HEADLINE, LEAD, line, BODY].join('\n')).text).toContain(line);
  });
});

describe('a station\'s masthead with its frequency goes below the first sentence (unit × place of the number × slogan × case)', () => {
  // (within STATION_MASTHEAD_MAX_WORDS words: a longer row is read as no masthead)
  const rows = FREQUENCY_UNITS.flatMap((u) => ['Suara Totabuan', 'RRI Pro 1 Ende', 'Radio Swara Barito'].flatMap((n) => {
    const U = u.length <= 2 ? u.toUpperCase() : `${u.slice(0, -2)}H${u.slice(-1)}`.replace(/^m/u, 'M');
    const slogan = n.split(' ').length > 2 ? 'Suara Rakyat' : 'Suara Rakyat Bolmong';
    return [`${n} 101,7 ${U}`, `${n} ${U} 97.6 - ${slogan}`, `${n} 101,7 ${U} | ${slogan}`.toUpperCase()];
  }));
  it(`between body lines and at the foot: ${rows.length * 2} rows`, () => {
    const bad: string[] = [];
    for (const row of rows) {
      if (!keepsBodyWithout(clean([HEADLINE, LEAD, BODY, row, QUOTE, TAIL].join('\n')), row)) bad.push(`between: ${row}`);
      if (clean([HEADLINE, LEAD, BODY, QUOTE, TAIL, row].join('\n')).text.split('\n\n').includes(row)) bad.push(`foot: ${row}`);
    }
    expect(bad).toEqual([]);
  });
  it('a sentence naming a frequency, and a headline naming a station, stay', () => {
    const line = 'Dialog interaktif itu disiarkan setiap Kamis pukul 08.00 WIB di frekuensi 97.6 FM.';
    expect(clean([HEADLINE, LEAD, line, BODY].join('\n')).text).toContain(line);
    const head = 'Radio Suara Totabuan 101,7 FM Gelar Dialog Netralitas ASN';
    expect(clean([head, LEAD, BODY, QUOTE].join('\n')).title).toBe(head);
  });
});
