// Paradigms of three cue kinds fresh text had (round 12; check10, check11 released):
//   E. a case noun tied by a topic link to the people it is about ("menerima tiga aduan soal ASN", "dua aduan warga soal
//      ASN yang …"): every link of PERSON_TOPIC_LINKS × case nouns × person nouns × a word for who complained between;
//   F. a bare part whose verb is a bare-root passive with its agent ("Dari 38 kasus itu, 29 kami nyatakan memenuhi
//      unsur"): the agent pronouns of AGENT_PRONOUNS that speak for a body (kami, kita, saya);
//   G. the handling verb "tindaklanjuti" in its bare-root and active forms ("dua rekomendasi yang tidak bisa kami
//      tindaklanjuti").
// Negative rows: a topic that is no person ("soal jalan rusak", "terkait banjir"), "dalam" (a place, not whom a report is
// about), a bare number over its whole, a year after the pointer, a noun that is no unit before "tindaklanjuti".
// Before (8bfcdec): 2 of the 22 positive rows passed (two of the E rows), and the 5 negative rows; after: 27/27.
import { describe, expect, it } from 'vitest';
import { PERSON_TOPIC_LINKS } from '../../src/lexicon/violations.js';
import { countsOf } from './violations-dev.js';

interface Row {
  name: string;
  text: string;
  want: number[];
  not?: number[];
}
const rows: Row[] = [];
const PEOPLE = ['ASN', 'kepala desa', 'guru', 'camat'];
const NOUNS = ['aduan', 'laporan'];
let k = 0;
for (const link of PERSON_TOPIC_LINKS) {
  for (const between of ['', ' warga']) {
    const person = PEOPLE[k % PEOPLE.length]!;
    const noun = NOUNS[k % NOUNS.length]!;
    rows.push({
      name: `E: tiga ${noun}${between} ${link} ${person}`,
      text: `Menurut Camat, pada Pilkades serentak 2019 lalu pihak kecamatan hanya menerima tiga ${noun}${between} ${link} ${person} yang ikut berkampanye.`,
      want: [3],
    });
    k++;
  }
}
rows.push({ name: 'E neg: a topic that is no person', text: 'Menurut Camat, pada Pilkades serentak 2019 lalu pihak kecamatan hanya menerima tiga aduan soal jalan rusak.', want: [], not: [3] });
rows.push({ name: 'E neg: "dalam" is no topic link', text: 'Menurut Camat, pada Pilkades serentak 2019 lalu pihak kecamatan menerima tiga aduan dalam rapat ASN.', want: [], not: [3] });
for (const agent of ['kami', 'kita', 'saya']) {
  for (const [forms, values] of [[['29', 'Sembilan'], [29, 9]], [['dua puluh sembilan', '9'], [29, 9]]] as const) {
    rows.push({
      name: `F: ${forms[0]} ${agent} nyatakan … ${forms[1]} sisanya`,
      text: `Jajaran Bawaslu se-Kaltara menangani 38 dugaan pelanggaran netralitas ASN pada Pemilu 2024. "Dari 38 kasus itu, ${forms[0]} ${agent} nyatakan memenuhi unsur dan sudah diteruskan ke KASN. ${forms[1]} sisanya dihentikan karena tidak cukup bukti," ujar Ketua Bawaslu.`,
      want: [38, ...values],
    });
  }
}
rows.push({ name: 'F neg: a bare number over its whole', text: 'Bawaslu menangani 38 dugaan pelanggaran netralitas ASN pada Pemilu 2024. Dari 38 kasus itu, 40 kami nyatakan memenuhi unsur.', want: [38], not: [40] });
rows.push({ name: 'F neg: a year after the pointer', text: 'Bawaslu menangani 38 dugaan pelanggaran netralitas ASN pada Pemilu 2024. Dari 38 kasus itu, 2024 kami catat sebagai tahun terberat.', want: [38], not: [2024] });
for (const verb of ['tindaklanjuti', 'menindaklanjuti']) {
  for (const [num, value] of [['dua', 2], ['3', 3]] as const) {
    const clause = verb === 'tindaklanjuti' ? `yang tidak bisa kami ${verb}` : `yang belum bisa ${verb} oleh Pemkab`;
    rows.push({
      name: `G: ${num} rekomendasi ${clause}`,
      text: `Dari 11 ASN tersebut, tujuh orang dijatuhi hukuman disiplin sedang. "Ada juga ${num} rekomendasi ${clause} karena yang bersangkutan sudah pensiun," kata Kepala BKPSDM.`,
      want: [11, value],
    });
  }
}
rows.push({ name: 'G neg: a noun that is no unit', text: 'Dari 11 ASN tersebut, tujuh orang dijatuhi hukuman disiplin sedang. "Ada juga dua surat yang tidak bisa kami tindaklanjuti," kata Kepala BKPSDM.', want: [11], not: [2] });

describe('cues read at the clause level (round 12)', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const values = countsOf(r.text).map((v) => v.value);
    for (const w of r.want) expect(values).toContain(w);
    for (const v of r.not ?? []) expect(values).not.toContain(v);
  });
});
