// A verb of evaluation (INDIRECT_VERBS of sense `evaluate`: `X mengapresiasi langkah pemkab`, the verb kept with its
// object) whose clause goes on with a reporting verb joined by a coordinator (`Anik mengapresiasi kegiatan tersebut
// dan mengajak masyarakat melapor …`): the coordinated report is the sentence's statement (coordinated.ts gives it
// the same subject), the stance before it the preamble. The grammar of the clause: a coordinator
// (VERB_COORDINATORS), an optional additive particle, then a reporting verb (INDIRECT_VERBS).
import { ADDITIVE_PARTICLES } from '../../lexicon/clause-words.js';
import { INDIRECT_VERBS, VERB_COORDINATORS } from '../../lexicon/attribution.js';
import { SPACE, WE, alternationOf } from '../../text/regex.js';

const COORDINATED_REPORT = new RegExp(
  `[ \\t,]{1,3}(?:${alternationOf(VERB_COORDINATORS, { space: SPACE.literal })})(?:[ \\t]{1,3}(?:${alternationOf(ADDITIVE_PARTICLES, { space: SPACE.literal })}))?[ \\t]{1,3}` +
    `(?:${alternationOf(INDIRECT_VERBS.map((v) => v.verb), { space: SPACE.ws1to3 })})${WE}`,
  'iu',
);

/** The object of a verb of evaluation [from, end) runs into a coordinated reporting verb. */
export function yieldsToReport(text: string, from: number, end: number): boolean {
  return COORDINATED_REPORT.test(text.slice(from, end));
}
