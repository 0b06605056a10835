// Dates set 2 (issue 22): fixtures/dates/news2-tune.txt (10 articles, 20 gold mentions) and news2-heldout.txt
// (5 articles, 10 gold mentions, never read while tuning), own writing on the forms the first sets left open:
// `semalam` / `tadi malam` / `malam tadi` in morning and evening articles, a scheduled weekday called off
// (`yang dijadwalkan Selasa batal`), `subuh tadi`, `nanti malam`, a weekday right after an event verb.
//
// BLIND score (before any change, commit d95dc42):
//   tune     P 0.818 R 0.450 F1 0.581 (tp 9 fp 2 fn 11)
//   held-out P 1.000 R 0.700 F1 0.824 (tp 7 fp 0 fn 3)
// AFTER (`tadi malam` the night before publication unless the article is an evening one; a called-off
// scheduled weekday the nearest such day, also after `sedianya`/`semestinya`; event verbs as weekday leads and
// before `semalam`; `subuh tadi`, `nanti malam`, `malam tadi`):
//   tune     P 1.000 R 1.000 F1 1.000 (tp 20)
//   held-out P 1.000 R 1.000 F1 1.000 (tp 10)
// The other date sets are unchanged (dev, check, general: same tp/fp/fn as on main).
import { describe, expect, it } from 'vitest';
import { extractDates, isEveningArticle } from '../../src/extract/dates/index.js';
import type { ExtractContext } from '../../src/model.js';
import { readDevSet, scoreSet } from './dates-dev.js';
import { ctxOf } from './helpers.js';

const tune = readDevSet('fixtures/dates/news2-tune.txt');
const heldout = readDevSet('fixtures/dates/news2-heldout.txt');

describe('dates set 2 (night words, called-off weekdays)', () => {
  it('has at least 20 gold mentions, a third held out', () => {
    const n = (s: typeof tune): number => s.reduce((k, a) => k + a.gold.length, 0);
    expect(n(tune) + n(heldout)).toBeGreaterThanOrEqual(30);
    expect(n(heldout)).toBeGreaterThanOrEqual(10);
  });
  // pinned at the level reached; raise them when quality improves, never lower them
  it.each([
    ['tune', tune, 1, 1],
    ['held-out', heldout, 1, 1],
  ] as const)('%s part stays at its floors (F1, P)', (_name, set, f1, p) => {
    const s = scoreSet(set);
    expect(s.f1, s.problems.join('\n')).toBeGreaterThanOrEqual(f1);
    expect(s.p, s.problems.join('\n')).toBeGreaterThanOrEqual(p);
  });
});

const ctx = (text: string, published: string | null): ExtractContext => ({ ...ctxOf(text), published });
/** [mention, iso] of every mention. */
const found = (text: string, published: string): Array<[string, string | null]> =>
  extractDates(ctx(text, published)).dates.map((d) => [d.text, d.iso]);

describe('the night just past', () => {
  it.each([
    // text, published, mention, iso (2024-11-20 is a Wednesday)
    ['Hujan turun sejak semalam di Mataram.', '2024-11-20', 'semalam', '2024-11-19'],
    ['Logistik dipindahkan tadi malam ke gudang.', '2024-11-20', 'tadi malam', '2024-11-19'],
    ['Malam tadi, apel siaga digelar di alun-alun.', '2024-11-20', 'Malam tadi', '2024-11-19'],
    // an evening article: `tadi malam` is that evening, `semalam` still the night before
    ['Logistik dipindahkan tadi malam ke gudang.', '2024-11-20T20:30:00+07:00', 'tadi malam', '2024-11-20'],
    ['Logistik dipindahkan tadi malam ke gudang.', '2024-11-20 21:05', 'tadi malam', '2024-11-20'],
    ['Hujan turun sejak semalam di Mataram.', '2024-11-20T20:30:00+07:00', 'semalam', '2024-11-19'],
    // a UTC time is read in WIB: 12:00Z is 19:00 WIB (evening), 02:00Z is 09:00 WIB (morning)
    ['Logistik dipindahkan tadi malam ke gudang.', '2024-11-20T12:00:00Z', 'tadi malam', '2024-11-20'],
    ['Logistik dipindahkan tadi malam ke gudang.', '2024-11-20T02:00:00Z', 'tadi malam', '2024-11-19'],
    ['Subuh tadi, petugas mulai menghitung ulang.', '2024-11-20', 'Subuh tadi', '2024-11-20'],
    // after an event verb `semalam` is a time too (a duration after other verbs: see below)
    ['Aksi unjuk rasa digelar semalam di depan kantor Bawaslu.', '2024-11-20', 'semalam', '2024-11-19'],
    ['Penghitungan rampung nanti malam.', '2024-11-20', 'nanti malam', '2024-11-20'],
  ] as const)('%s (%s)', (text, pub, mention, iso) => {
    expect(found(text, pub)).toEqual([[mention, iso]]);
  });

  it.each([['Warga menginap semalam di posko.'], ['Acara berlangsung semalam suntuk.']])('%s: a duration, no date', (text) => {
    expect(found(text, '2024-11-20')).toEqual([]);
  });

  it('reads the hour of publication only when it is written', () => {
    expect(isEveningArticle('2024-11-20')).toBe(false);
    expect(isEveningArticle('2024-11-20T17:59:00+07:00')).toBe(false);
    expect(isEveningArticle('2024-11-20T18:00:00+08:00')).toBe(true);
    expect(isEveningArticle(null)).toBe(false);
  });
});

describe('a scheduled weekday', () => {
  it.each([
    // text, published, mention, iso
    // called off or put back: the nearest such day, before or after publication
    ['Sidang yang dijadwalkan Selasa batal digelar.', '2024-11-20', 'Selasa', '2024-11-19'], // Wed: the day before
    ['Rapat yang dijadwalkan Selasa dibatalkan.', '2024-11-18', 'Selasa', '2024-11-19'], // Mon: the day after
    ['Kampanye yang direncanakan Minggu diundur.', '2024-09-14', 'Minggu', '2024-09-15'], // Sat: the day after
    ['Pleno yang dijadwalkan Rabu batal.', '2024-10-31', 'Rabu', '2024-10-30'], // Thu: the day before
    // `sedianya`, `semestinya` (was to) with a called-off verb: the same
    ['Sidang yang sedianya digelar Kamis ditunda.', '2024-11-20', 'Kamis', '2024-11-21'],
    ['Pleno yang semestinya digelar Senin ditunda.', '2024-11-20', 'Senin', '2024-11-18'],
    // an aspect word keeps it past (`semula`: was scheduled)
    ['Sidang semula dijadwalkan Kamis, namun ditunda.', '2024-11-20', 'Kamis', '2024-11-14'],
    // not called off: ahead, as before
    ['Pemeriksaan camat dijadwalkan Jumat.', '2024-11-20', 'Jumat', '2024-11-22'],
    ['Kampanye akbar yang akan digelar Sabtu diikuti ribuan orang.', '2024-10-07', 'Sabtu', '2024-10-12'],
    // a cue that says the event lies ahead keeps it ahead even when put back
    ['Rapat yang akan digelar Selasa besok ditunda.', '2024-11-20', 'Selasa besok', '2024-11-26'],
    // an event verb right before the weekday makes it a date, past without a future cue
    ['Rapat evaluasi digelar Senin di aula kantor bupati.', '2024-11-20', 'Senin', '2024-11-18'],
  ] as const)('%s (%s)', (text, pub, mention, iso) => {
    expect(found(text, pub)).toEqual([[mention, iso]]);
  });

  it.each([
    // a weekday running on into a word without an event verb before it is no date
    ['Warga menunaikan salat Jumat berjamaah.'],
    ['Kegiatan Jumat bersih diikuti seluruh ASN.'],
    ['Program Selasa sehat digelar rutin.'],
  ])('%s: no date', (text) => {
    expect(found(text, '2024-11-20')).toEqual([]);
  });
});
