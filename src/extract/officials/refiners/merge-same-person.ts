// Refiner `merge-same-person`: one entry per person. `Juaini Taofik` + `H.M.Juaini Taofik` + `HM Juaini Taofik` →
// one person (same name key, compatible roles; or the same full name under any role); the longest name and written form win; a title without region
// takes the region (and title) of the person's other mention; a sitting-holder mention drops `calon`/`mantan` and
// gives its post.
import { nameKey, roleFamily, sameName } from '../../../corpus/identity.js';
import type { Candidate } from '../types.js';

function compatibleRoles(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return roleFamily(a) === roleFamily(b);
}

/** The same full name of two words or more, written again under another form of the post (`Kepala Badan Pengawasan
 *  Keuangan dan Pembangunan (BPKP) X` then `Kepala BPKP X`; `Ketua DPW PAN Sultra, H. X` then `Ketua DPW H. X`): one
 *  person, whatever the two roles read (one article names two holders of one full name almost never). */
function sameFullName(a: string, b: string): boolean {
  return a === b && a.includes(' ');
}

/** Refiner 1: one entry per person. */
export function mergeSamePerson(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // nameKey of each out[i].name, kept in step with it (it changes when a longer name is merged in)
  const keys: string[] = [];
  for (const c of cands) {
    const key = nameKey(c.name);
    let t = -1;
    for (let i = 0; i < out.length; i++)
      if ((compatibleRoles(out[i]!.role, c.role) && sameName(keys[i]!, key)) || sameFullName(keys[i]!, key)) {
        t = i;
        break;
      }
    if (t < 0) {
      out.push({ ...c, spans: [...c.spans] });
      keys.push(key);
      continue;
    }
    const target = out[t]!;
    target.spans.push(...c.spans);
    if (c.tokens.length > target.tokens.length) {
      target.tokens = c.tokens;
      target.name = c.name;
      keys[t] = key;
    }
    if (c.nameAsWritten.length > target.nameAsWritten.length) target.nameAsWritten = c.nameAsWritten;
    if (!target.region && c.region) {
      target.region = c.region;
      if (c.title) {
        // (a title taken under another role brings its role)
        if (!compatibleRoles(target.role, c.role)) target.role = c.role;
        target.title = c.title;
        target.institution = c.institution;
      }
    }
    if (!target.institution && c.institution) target.institution = c.institution;
    target.acting = target.acting || c.acting;
    // a mention as the sitting holder wins over `calon`/`mantan`/`terpilih`, and so does its post: `wakil presiden
    // terpilih X` then `Presiden X` is the president (the post held, not the one elected to or left)
    if (target.modifier && !c.modifier) {
      delete target.modifier;
      if (c.title) {
        target.title = c.title;
        target.role = c.role;
        target.institution = c.institution ?? target.institution;
        target.region = c.region ?? target.region;
      }
    }
  }
  return out;
}
