// Regions set 2 (issue 22): 55 passages written for this set in the styles of regional outlets
// (fixtures/regions/styles.jsonl; 37 to tune on, 18 held out and never read while tuning), each with the codes a
// reader resolves (`want`) and the codes that would be wrong (`not`): a name shared by a regency and a city both
// ways, Pemkab/Pemkot/DPRD/KPU/Bawaslu + place, datelines, abbreviations (Jabar, Lotim, Kab. X), province vs
// regency vs city of one name (Gorontalo, Bengkulu, Jambi), districts and villages that share a regency's name,
// person names holding a place word, institutions named after places, cultures, foreign places.
// Decisions: a place at the end of an academic institution's name (`Universitas Mataram`) is part of the name, not
// a region mention; a police or military region's own name (`Polda Metro Jaya`, `Kodam Brawijaya`) is no region;
// a people, language or custom (`adat Minahasa`, `bahasa Bima`) is no region; a dateline that is a shared name is
// the city unless the body names the regency, and never the city, explicitly (`BEKASI – Pemkab Bekasi …`).
//
// BLIND score (before any change, commit d95dc42), codes found / wanted, wrong codes, passages all right:
//   tune     60/65 found, 10 wrong, 24/37 passages right
//   held-out 33/35 found,  3 wrong, 14/18 passages right
// AFTER (level cues as data: Wabup, Wawali, Pemko, Sekdakab; a district after Camat/Panwascam and a town placed
// by its regency, `Depok, Sleman`; a shared name settled along a list; a shared dateline and bare level words;
// no region in an academic name, after a culture word, or in `Papua Nugini`/`Metro Jaya`):
//   tune     64/65 found, 0 wrong, 36/37 passages right (left: `CIBINONG –`, a district name in two regencies,
//            Bogor and Cianjur, with neither named in the body: the gazetteer does not say which is the seat)
//   held-out 34/35 found, 0 wrong, 17/18 passages right
import { describe, expect, it } from 'vitest';
import { extractRegions } from '../../src/extract/regions/index.js';
import { readCases, scoreRegions } from './regions-devset.js';
import { ctxOf } from './helpers.js';

const cases = readCases('fixtures/regions/styles.jsonl');

describe('regions set 2 (styles not seen before)', () => {
  it('has at least 40 passages, a third held out', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.split === 'held').length / cases.length).toBeGreaterThanOrEqual(0.3);
  });
  // pinned at the level reached; raise them when quality improves, never lower them
  it.each([
    ['tune', 64, 0],
    ['held', 34, 0],
  ] as const)('%s: found at least %i wanted codes, at most %i wrong', (split, found, wrong) => {
    const s = scoreRegions(split, cases);
    expect(s.found, s.misses.join('\n')).toBeGreaterThanOrEqual(found);
    expect(s.wrong, s.misses.join('\n')).toBeLessThanOrEqual(wrong);
  });
});

const codes = (text: string, place?: string): string[] => extractRegions(ctxOf(text, place ? { place } : {})).map((r) => r.code);

describe('the rules of set 2, with their negatives', () => {
  it.each<[string, string[]]>([
    // level cues before a name
    ['Wabup Tegal meminta kepala desa netral.', ['33.28']],
    ['Wawali Tegal meminta lurah netral.', ['33.76']],
    ['Instruksi itu berlaku di Pemko Medan.', ['12.71']],
    ['Sekdakab Probolinggo menerbitkan surat edaran.', ['35.13']],
    // a district after its title: the district (confirmed by its regency), never the regency or city of that name
    ['Camat Kediri, Lombok Barat, mengumpulkan kepala desa.', ['52.01', '52.01.02']],
    ['Panwascam Depok, Sleman, menemukan spanduk.', ['34.04', '34.04.07']],
    // a title before a name that is no district gives nothing
    ['Camat Bogor mengumpulkan kepala desa.', []],
    // a town placed by its regency
    ['Apel digelar di Depok, Sleman, Senin.', ['34.04', '34.04.07']],
    // two cities in a list stay cities (no district of one in the other)
    ['Posko dibuka di Kota Bogor, Depok, dan Bekasi.', ['32.71', '32.75', '32.76']],
    ['Laporan datang dari Kabupaten Bogor, Bekasi, dan Karawang.', ['32.01', '32.15', '32.16']],
    ['Posko dibuka di kota Tangerang, Bekasi, dan Bogor.', ['32.71', '32.75', '36.71']],
    // bare level words settle a shared name; both levels leave the default (the regency)
    ['Apel di Tasikmalaya diikuti 1.200 pegawai. Wali kota meminta ASN Pemkot netral.', ['32.78']],
    ['Apel di Tasikmalaya digelar. Bupati dan wali kota meminta ASN netral.', ['32.06']],
    // culture words (lower case) and academic names give no region; a capitalised `Adat` is an institution
    ['Tokoh adat Minahasa meminta ASN di Manado netral.', ['71.71']],
    ['Dewan Adat Papua meminta ASN netral.', ['91']],
    ['Pengamat Universitas Negeri Semarang menilai ASN di Kota Semarang netral.', ['33.74']],
    ['Pengamat dari universitas di Semarang menilai ASN netral.', ['33.22']],
    // two levels joined before one name: both (written after the blind score, not in the set)
    ['Pemkab dan Pemkot Bekasi menggelar apel bersama.', ['32.16', '32.75']],
    ['Bupati dan Wali Kota Bogor hadir.', ['32.01', '32.71']],
    ['ASN Kota/Kabupaten Bima diminta netral.', ['52.06', '52.72']],
    ['Bupati dan Wali Kota Bandung Barat hadir.', ['32.17']],
    ['Pemkab Lombok Timur dan Pemkot Mataram hadir.', ['52.03', '52.71']],
    ['Bupati dan wali kota se-Jatim hadir.', ['35']],
    // foreign and other names that hold a region name
    ['Pemilih di Papua Nugini mendapat surat suara.', []],
    ['Kapolda Metro Jaya meminta jajarannya netral.', []],
    ['Wali Kota Metro meminta ASN netral.', ['18.72']],
  ])('%s → %j', (text, want) => {
    expect(codes(text).sort()).toEqual(want);
  });

  it.each<[string, string, string[]]>([
    // a shared dateline: the city, unless the body names only the regency
    ['MALANG – Bawaslu menggelar rapat di Malang.', 'MALANG', ['35.73']],
    ['MALANG – Bupati Malang menandatangani komitmen netralitas.', 'MALANG', ['35.07']],
    ['MALANG – Bupati Malang dan Wali Kota Malang menandatangani komitmen.', 'MALANG', ['35.07', '35.73']],
    // an admin word in the dateline gives the level; a town spread over `<town> Utara/Selatan/…` districts is their
    // regency (written after the blind score)
    ['Ratusan ASN mengikuti apel netralitas.', 'KOTA BEKASI', ['32.75']],
    ['Bawaslu menemukan 12 ASN yang diduga terlibat kampanye.', 'KABUPATEN BOGOR', ['32.01']],
    ['Bawaslu mencatat dua laporan dugaan pelanggaran.', 'CIKARANG', ['32.16']],
    ['Bawaslu mencatat dua laporan dugaan pelanggaran.', 'KOTA ATLANTIS', []],
  ])('%s (dateline %s) → %j', (text, place, want) => {
    expect(codes(text, place).sort()).toEqual(want);
  });
});
