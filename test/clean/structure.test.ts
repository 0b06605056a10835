// The structural steps of issue 22's clean3 round (src/clean/structure.ts, src/clean/page-head.ts mastheads, the
// block headings of src/clean/rules/shape.ts), table-driven with the look-alikes they must leave alone, and through
// clean() as a user sees them.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { isNameLine, isPostNavLabel, metaRow } from '../../src/clean/structure.js';

const paras = (raw: string): string[] => clean(raw).text.split('\n\n');
const BODY = 'Bawaslu meminta seluruh ASN menjaga netralitas selama tahapan kampanye berlangsung.';
const BODY2 = 'Pemeriksaan terhadap camat itu dijadwalkan pekan depan di kantor Bawaslu kabupaten.';
const TITLE = 'Sekda Ingatkan Camat Jaga Netralitas Jelang Pencoblosan';

describe('post-meta rows', () => {
  it.each([
    'Admin Redaksi | Rabu, 20 November 2024 | 1.284 views', // clean3/01
    'Posted by: redaksi On: 12/11/2024', // clean3/04
    'Oleh Fadli Rahman pada 31 Oktober 2024', // regional3/03
    'Diposting pada 19 November 2024 oleh Redaksi Jambi Terkini',
    'By admin desa', // regional3/04
    'Penulis Siti Nurjanah', // clean3/06
    'Muh. Rusdi | 15 November 2024 08:43 | 0 Komentar',
  ])('%j is a row wherever it stands', (line) => {
    expect(metaRow(line)).toBe(2);
  });
  it.each(['11 Nov 2024 · 09:15', '- 17 November 2024, 09:12 WIB'])('%j is a row of stamps (at the edges only)', (line) => {
    expect(metaRow(line)).toBe(1);
  });
  it.each([
    'Pencoblosan 27 November 2024', // a dated heading: no marker, no time, no separator
    'Rapat digelar pada 12 November 2024', // lower-case words are no name
    'Dilantik pada 12 November 2024',
    'Diposting oleh warga di grup itu pada 5 November 2024, foto itu viral.', // a sentence
    'Oleh karena itu', // no staff word, no stamp
    'Penulis buku itu hadir',
    'Bupati Lantik 12 Camat Baru | Pilkada 2024', // no date
    'Kepala Dinas Kominfo, Rudi Hartono, dan Sekda pada Senin, 11 November 2024 menggelar rapat bersama ASN', // too many words
  ])('%j is not', (line) => {
    expect(metaRow(line)).toBe(0);
  });
  it('a row of stamps between body lines stays, one with a marker goes', () => {
    expect(paras(`${BODY}\n11 Nov 2024 · 09:15\n${BODY2}`)).toContain('11 Nov 2024 · 09:15');
    expect(paras(`${BODY}\nAdmin | 11 Nov 2024 | 12 views\n${BODY2}`)).not.toContain('Admin | 11 Nov 2024 | 12 views');
  });
});

describe("the author's name above a byline", () => {
  it.each(['Rina Marlina', 'Muh. Rusdi', 'Andi Wahyuni Putri'])('%j is a name', (t) => expect(isNameLine(t)).toBe(true));
  it.each(['ASN Netral', 'Netralitas', 'Bupati menegaskan netralitas', 'Pilkada 2024'])('%j is not', (t) => expect(isNameLine(t)).toBe(false));
  it('goes right above a date row under the headline (regional3/02), never the headline itself', () => {
    const c = clean(`${TITLE}\nRina Marlina\n- 17 November 2024, 09:12 WIB\n${BODY}`);
    expect(c.title).toBe(TITLE);
    expect(c.text).not.toMatch(/Rina Marlina|17 November/u);
    expect(clean(`Rina Marlina\n- 17 November 2024, 09:12 WIB\n${BODY}`).text).toContain('Rina Marlina');
  });
  it('stays below the first body sentence', () => {
    expect(paras(`${TITLE}\n${BODY}\nRina Marlina\nPosted by: redaksi On: 12/11/2024\n${BODY2}`)).toContain('Rina Marlina');
    // (after the last sentence the name is part of the page's tail: clean/edges.ts)
    expect(paras(`${TITLE}\n${BODY}\nRina Marlina\nPosted by: redaksi On: 12/11/2024`)).toEqual([TITLE, BODY]);
  });
});

describe('previous/next links', () => {
  it.each(['Sebelumnya', 'Previous Post', '« Artikel Sebelumnya', 'Next Post »'])('%j is a label', (t) => expect(isPostNavLabel(t)).toBe(true));
  it.each(['Sebelumnya, Bupati meminta camat netral.', 'Selanjutnya Bupati', 'Berikutnya adalah'])('%j is not', (t) => expect(isPostNavLabel(t)).toBe(false));
  it('takes the headline under a label, not a sentence', () => {
    expect(paras(`${TITLE}\n${BODY}\nSebelumnya\nPemkab Sikka Gelar Rakor Stunting`)).toEqual([TITLE, BODY]);
    expect(paras(`${TITLE}\n${BODY}\nPrevious Post\n${BODY2}`)).toEqual([TITLE, BODY, BODY2]);
  });
  it('a label no rule names goes with its headline (clean3b/03: "Previous article")', () => {
    expect(paras(`${TITLE}\n${BODY}\nPrevious article\nHarga Tiket Kapal Naik\nNext article\nPemkab Salurkan Sembako`)).toEqual([TITLE, BODY]);
  });
  it('a link announced with a colon takes the headlines under it, not the body after them (clean3b/04)', () => {
    expect(paras(`${TITLE}\n${BODY}\nTonton juga video berikut:\nDebat Kedua Pilwalkot Berlangsung Panas\n${BODY2}`)).toEqual([TITLE, BODY, BODY2]);
    expect(paras(`${TITLE}\n${BODY}\nTonton juga video berikut:\n${BODY2}`)).toEqual([TITLE, BODY, BODY2]);
  });
});

describe('tag lists and tag clouds', () => {
  it('a tag heading below the body takes its tags (clean3/06)', () => {
    expect(paras(`${TITLE}\n${BODY}\nTopik\nASN\nBlora\nNetralitas`)).toEqual([TITLE, BODY]);
  });
  it('a tag heading above the body goes alone: the headline under it stays', () => {
    expect(clean(`Tags\n${TITLE}\n${BODY}`).title).toBe(TITLE);
  });
  it('lower-case short lines ending the page after a sentence are a cloud (regional3/01)', () => {
    expect(paras(`${TITLE}\n${BODY}\n(asm/nir)\npj bupati takalar\nnetralitas asn\npilkada takalar`)).toEqual([TITLE, BODY]);
  });
  it.each([
    [`${TITLE}\n${BODY}\nnetralitas asn`], // one line is no cloud
    [`${TITLE}\nBawaslu meminta seluruh ASN menjaga netralitas selama\ntahapan kampanye\nberlangsung di daerah`], // a broken sentence
  ])('a body ending in lower case stays: %j', (raw) => {
    expect(clean(raw).text.split(/\s+/u).length).toBe(raw.split(/\s+/u).length);
  });
});

describe('comment forms', () => {
  it('a form heading below the body takes its field labels (regional3/08)', () => {
    expect(paras(`${TITLE}\n${BODY}\nTinggalkan Balasan Batalkan balasan\nKomentar\nNama\nEmail\nSitus Web`)).toEqual([TITLE, BODY]);
  });
  it('a form heading above the body goes alone', () => {
    expect(clean(`Komentar\n${TITLE}\n${BODY}`).title).toBe(TITLE);
  });
  it('body sentences about comments, videos, advertisements and photos stay', () => {
    const body = [
      'Komentar warga di media sosial umumnya mendukung langkah tersebut.',
      'Menurut dia, komentar seorang ASN di akun pasangan calon bisa dianggap sebagai bentuk dukungan.',
      'Surat edaran itu juga melarang ASN membuat video dukungan maupun berfoto dengan gestur jari.',
      'Ia menambahkan, iklan layanan masyarakat tentang netralitas akan dipasang di setiap kantor desa.',
      'Foto bersama seluruh kepala perangkat daerah dilakukan usai penandatanganan.',
      'Apa pesan Anda untuk ASN menjelang hari pemungutan suara?', // an interview's question (statements/news/09)
      'Tonton kembali rekaman itu, kata dia, tampak jelas lurah tersebut mengenakan seragam dinas.',
      'Admin grup Facebook desa itu mengaku tidak tahu siapa yang pertama menyebarkan tangkapan layar tersebut.',
    ];
    expect(paras([TITLE, ...body].join('\n'))).toEqual([TITLE, ...body]);
  });
});

describe('widgets split over two lines', () => {
  it('"Ikuti kami di" / "Google News" and "1" / "2" go (regional3/09)', () => {
    expect(paras(`${TITLE}\n${BODY}\nIkuti kami di\nGoogle News\n${BODY2}\n1\n2`)).toEqual([TITLE, BODY, BODY2]);
  });
  it('two short lines that are no widget together stay', () => {
    expect(paras(`${TITLE}\n${BODY}\nSanksi Tegas\nBagi ASN\n${BODY2}`)).toEqual([TITLE, BODY, 'Sanksi Tegas', 'Bagi ASN', BODY2]);
  });
});

describe('mastheads above a Title Case headline', () => {
  it.each([
    'Dinas Komunikasi dan Informatika', // clean3/08
    'Portal Resmi Pemerintah Kabupaten Bantaeng', // regional3/10
    'Kabar Desa Sukamaju | Informasi Seputar Desa', // regional3/04
    'Terkini Politik Hukum Ekonomi Olahraga', // clean3/05
  ])('%j goes and the headline is the title', (masthead) => {
    const c = clean(`${masthead}\n${TITLE}\n${BODY}`);
    expect(c.title).toBe(TITLE);
    expect(c.text).not.toContain(masthead);
  });
  it.each([
    ['Sorotan Pilkada Serentak Nusantara', TITLE], // a kicker
    ['Netralitas ASN Jadi Indikator Kualitas Demokrasi', 'Indeks kerawanan Pemilu di NTB, terutama netralitas, masih tinggi di daerah'], // headline above a deck
    ['Dinas Pendidikan Pilkada 2024', TITLE], // a digit
  ])('%j stays above %j', (line, head) => {
    expect(paras(`${line}\n${head}\n${BODY}`)).toContain(line);
  });
});
