// The article's election when a generic regional election and one regional level of the same year are named equally
// often (round 15: with html15 a saved page's headline, "Pilkada Boalemo 2020", is read as the plain-text copy's first
// line, and tied with the body's "Pemilihan Bupati … Boalemo 2020"; the first mentioned, the headline's, won): a tie
// goes to the election first named in the body, the headline's mentions after the body's (link-election.ts tieRank:
// a headline summarises in general words). Every level of REGIONAL_ELECTIONS, spelled out, with negative rows: the
// generic named more often, and a body that names the generic first ("Pilkada Serentak 2024 … Untuk Pilgub Sulbar
// 2024 sendiri …") keeps it.
import { describe, expect, it } from 'vitest';
import { JOINT_REGIONAL_ELECTION, REGIONAL_ELECTIONS } from '../../src/lexicon/violations.js';
import { countsOf } from './violations-dev.js';

const SPELLED: Record<string, string> = { Pilgub: 'Pemilihan Gubernur Gorontalo', Pilbup: 'Pemilihan Bupati dan Wakil Bupati Boalemo', Pilwalkot: 'Pemilihan Wali Kota Gorontalo' };
const HEAD = `Apel Netralitas ASN Jelang ${JOINT_REGIONAL_ELECTION} Boalemo 2020, Plt Sekda: Jangan Ikut Foto Pose Jari`;
const LAST = 'Ketua Bawaslu Kabupaten Boalemo mengungkapkan pihaknya sudah menerima laporan terkait dua ASN yang diduga melanggar netralitas.';
const article = (level: string, year: number, extra = ''): string =>
  `${HEAD}\n\nTILAMUTA – Sebanyak 450 ASN mengikuti apel netralitas menjelang ${SPELLED[level]} ${year}.${extra}\n\n${LAST}`;
const two = (text: string): [string | null | undefined, number | null | undefined] => {
  const c = countsOf(text).find((v) => v.value === 2);
  return [c?.election, c?.year];
};

describe('a tie between the generic regional election and one level of its year: the level', () => {
  it.each(REGIONAL_ELECTIONS.map((l) => [l]))('%s', (level) => {
    expect(two(article(level, 2020))).toEqual([level, 2020]);
  });
});

describe('negative rows', () => {
  it('the generic named more often stays the article\'s election', () => {
    expect(two(article('Pilbup', 2020, ` Tahapan ${JOINT_REGIONAL_ELECTION} Boalemo 2020 terus diawasi.`))).toEqual([JOINT_REGIONAL_ELECTION, 2020]);
  });
  it('a body naming the generic first keeps it, whatever level it names later', () => {
    const text = `Bawaslu Catat Dugaan Pelanggaran Netralitas ASN\n\nBawaslu Provinsi Gorontalo mencatat 41 dugaan pelanggaran netralitas ASN selama tahapan ${JOINT_REGIONAL_ELECTION} Serentak 2024.\n\nUntuk Pilgub Gorontalo 2024 sendiri, Bawaslu provinsi menerima banyak laporan hasil pengawasan.\n\n${LAST}`;
    expect(two(text)).toEqual([JOINT_REGIONAL_ELECTION, 2024]);
  });
});
