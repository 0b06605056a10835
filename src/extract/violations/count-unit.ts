// The count-unit parser: a number, then its unit (`sebanyak 1.010 perkara`, `15 ASN dilaporkan`), with the checks
// that keep an audience, an office or a date's year out (split from parsers.ts, round 18).
import {
  CASE_INVOLVE_VERBS,
  CASE_UNITS,
  COUNT_FILLERS,
  IMPOSED_UNITS,
  OFFENCE_EVENTS,
  ORANG_CLAUSE_OPENERS,
  ORANG_FINDING_VERBS,
  PERSON_ACTION_CUES,
  PERSON_ATTENDANCE_VERBS,
  PERSON_AUDIENCE_BEFORE,
  PERSON_ROLE_COMPOUNDS,
  PERSON_UNITS,
  RANGE_JOINERS,
} from '../../lexicon/violations.js';
import { At } from '../dates/scan.js';
import { WB, WE, alternation } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { countCandidate, unitInfo, type CountParser } from './candidate.js';
import {
  BARE_YEAR,
  QUALIFIERS,
  QUALIFIER_BEFORE,
  RANGE,
  SPELLED,
  UNIT_SOURCE as UNITS,
  clauseBefore,
  finalQualifier,
  isIdentifier,
  numberStart,
  numberThenSpace,
  qualifierBefore,
} from './count-text.js';

/** After `orang`: another person noun, `yang`, an action cue, or punctuation (`12 orang dilaporkan`),
 *  never another noun (`56 Orang Calon Anggota Paskibraka`). */
const AFTER_ORANG = new RegExp(
  `^(?:\\s{0,2}(?:[,.;:)!?\\n]|$)|\\s{1,2}(?:${alternation(ORANG_CLAUSE_OPENERS)}|${alternation(PERSON_ACTION_CUES)}|${alternation(ORANG_FINDING_VERBS)}|${alternation(Object.keys(PERSON_UNITS))})${WE})`,
  'iu',
);
const PERSON_NOUN_BEFORE = new RegExp(
  `${WB}(?:${alternation(Object.keys(PERSON_UNITS).filter((w) => w !== 'orang' && w !== 'oknum'))})${WE}`,
  'iu',
);
/** An involving verb at the start of an audience match, and a case noun (its subject, in the clause before). */
const INVOLVE_AT = new RegExp(`^(?:${alternation(CASE_INVOLVE_VERBS)})${WE}`, 'iu');
const CASE_NOUN_RE = new RegExp(`${WB}(?:${alternation(Object.keys(CASE_UNITS))})${WE}`, 'iu');
const ROLE_AFTER = new RegExp(`^\\s{1,2}(?:${alternation(PERSON_ROLE_COMPOUNDS)})${WE}`, 'iu');
const YEAR_SPAN_BEFORE = new RegExp(`(?:19|20)\\d{2}(?:\\s{0,2}[-–]\\s{0,2}|\\s{1,2}(?:${alternation(RANGE_JOINERS.filter((j) => /\p{L}/u.test(j)))})\\s{1,2})$`, 'iu');

/** After a person unit: up to three capitalised words (`ASN Pemkot Kendari`), an optional `yang`, then an
 *  attendance verb — the people are an audience (news/14 "200 ASN hadir dalam sosialisasi …"). */
const ATTENDANCE_AFTER = new RegExp(
  `^(?:\\s{1,2}\\p{Lu}[\\p{L}.-]{0,24}){0,3}\\s{1,2}(?:yang\\s{1,2})?(?:(?:ikut|turut)\\s{1,2})?(?:${alternation(PERSON_ATTENDANCE_VERBS)})${WE}`,
  'u',
);
/** Right after an attendance verb: an event whose attendance is an offence (`menghadiri kampanye`). */
const OFFENCE_EVENT_AT = new RegExp(`^\\s{1,2}(?:\\p{Ll}+\\s{1,2})?(?:${alternation(OFFENCE_EVENTS)})${WE}`, 'iu');
/** Whether the people counted before `unitEnd` attend an event whose attendance is the offence ("tiga kepala sekolah
 *  yang ikut menghadiri kampanye salah satu calon"): their offence cue. */
export function attendsOffence(text: string, unitEnd: number): boolean {
  const att = ATTENDANCE_AFTER.exec(text.slice(unitEnd, unitEnd + 90));
  return att !== null && OFFENCE_EVENT_AT.test(text.slice(unitEnd + att[0].length, unitEnd + att[0].length + 30));
}
/** Before the number: `diikuti 1.500 ASN`, `dihadiri sekitar 200 ASN` (news/06). */
const AUDIENCE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(PERSON_AUDIENCE_BEFORE)})(?:\\s{1,2}oleh)?(?:\\s{1,2}(?:${QUALIFIERS}))?\\s{1,2}$`,
  'iu',
);

/** The first classifier between a number and its unit (`dua orang hukuman disiplin`): the word, in group 1. */
const FILLER_AT = new RegExp(`\\s(${alternation(COUNT_FILLERS)})${WE}`, 'iu');

/** `sebanyak 1.010 perkara`, `15 ASN dilaporkan`, `tidak lebih dari seribu pelanggaran`,
 *  `12 dugaan pelanggaran`, `1.000 lebih laporan`. */
export const countThenUnit: CountParser = {
  name: 'count-unit',
  // kept only at `numberStart` (no letter, digit, `.`, `,` or `/` before): a digit run, or a number word that
  // is a whole word (`WE` after it)
  at: At.Number,
  maybe: numberThenSpace,
  pattern: new RegExp(
    `(?<num>${NUMBER_SOURCE})${SPELLED}?(?:${RANGE})?(?:\\s{1,2}(?<lebih>lebih)${WE})?\\s{1,2}` +
      `(?:(?:${alternation(COUNT_FILLERS)})\\s{1,2}){0,2}(?<unit>${UNITS})${WE}`,
    'dgiu',
  ),
  extract(m, text) {
    const g = m.groups!;
    const idx = m.indices!.groups!;
    const [numStart, numEnd] = idx.num!;
    let [unitStart, unitEnd] = idx.unit!;
    if (!numberStart(text, numStart)) return null;
    const num = parseIndonesianNumber(g.num!);
    let info = unitInfo(g.unit!);
    if (!num || !info) return null;
    if (isIdentifier(text, numStart)) return null;
    // a sanction after a classifier counts the classifier's people ("dua orang hukuman disiplin", IMPOSED_UNITS)
    if (IMPOSED_UNITS.includes(info.unit)) {
      const filler = FILLER_AT.exec(text.slice(numEnd, unitStart));
      if (filler !== null) {
        info = unitInfo(filler[1]!);
        if (info === null || info.unitClass !== 'person') return null;
        unitStart = numEnd + filler.index + filler[0].length - filler[1]!.length;
        unitEnd = unitStart + filler[1]!.length;
      }
    }
    // a number ending its line (a headline "… Tembus 18" over a paragraph opening "Pejabat dan ASN …") never takes
    // a unit from the next line
    for (let i = numEnd; i < unitStart; i++) if (text.charCodeAt(i) === 0x0a) return null;
    // the second year of a span (`2020 hingga 2024 laporan …`) is no count
    if (BARE_YEAR.test(g.num!) && YEAR_SPAN_BEFORE.test(text.slice(Math.max(0, numStart - 16), numStart))) return null;
    if (info.unitClass === 'person') {
      // "545 pejabat pembina kepegawaian": an office that acts on cases, not offenders
      if (ROLE_AFTER.test(text.slice(unitEnd, unitEnd + 30))) return null;
      const att = ATTENDANCE_AFTER.exec(text.slice(unitEnd, unitEnd + 90));
      // attending a campaign or a declaration of support is the offence itself, not an audience
      if (att !== null && !OFFENCE_EVENT_AT.test(text.slice(unitEnd + att[0].length, unitEnd + att[0].length + 30))) return null;
      const aud = AUDIENCE_BEFORE.exec(text.slice(Math.max(0, numStart - 40), numStart));
      if (aud !== null && !(INVOLVE_AT.test(aud[0]) && CASE_NOUN_RE.test(clauseBefore(text, numStart - aud[0].length)))) return null;
    }
    if (info.unit === 'orang') {
      if (!AFTER_ORANG.test(text.slice(unitEnd, unitEnd + 40))) return null;
      // `ASN yang melanggar … sebanyak 12 orang`: the unit is the person noun before (unit-count reads it after its
      // cue); a range or a figure with no cue before it ("Jumlah ASN yang terindikasi … berkisar 15 hingga 20 orang")
      // is left to no other parser, so it is counted here
      if (g.num2 === undefined && QUALIFIER_BEFORE.test(text.slice(Math.max(0, numStart - 30), numStart)) && PERSON_NOUN_BEFORE.test(clauseBefore(text, numStart).split(',').pop()!)) return null;
    }
    const { q, start } = qualifierBefore(text, numStart);
    if (g.num2 !== undefined) {
      // a range: both ends whole counts, the second the larger (`2020 hingga 2024` is no range of counts)
      const hi = parseIndonesianNumber(g.num2);
      if (!hi || hi.value <= num.value || BARE_YEAR.test(g.num!)) return null;
      const [u0] = idx.num2!;
      return countCandidate(num.value, 'range', info, unitStart, unitEnd, numStart, numEnd, start, unitEnd, this.name, hi.value, u0);
    }
    return countCandidate(num.value, finalQualifier(q, num.approximate, g.lebih !== undefined), info, unitStart, unitEnd, numStart, numEnd, start, unitEnd, this.name);
  },
};
