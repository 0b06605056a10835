// DATA: academic and professional degrees written AFTER an Indonesian name (`Juaini Taofik, M.Si`, `AKBP Name SIK MH`,
// `Name SH MH`, `Name SPd MPd`). A degree is never part of the name. The class is complete by level, from the
// Permenristekdikti 59/2018 and Kepmendiknas 178/2001 lists of gelar (diploma `A.Md`, sarjana `S.x`, sarjana terapan
// `S.Tr.x`, magister `M.x`, magister terapan `M.Tr.x`, doktor `Dr.`: before the name, HONORIFICS_BEFORE), the older
// degrees still written (`Drs`, `Dra`, `Ir`: before the name; `B.A`, `B.Sc`, `Bc.Hk`), the police and civil-service
// academies' (`S.I.K` of the PTIK/Akpol, `S.STP`/`M.Si` of the IPDN, `S.IP`, `M.AP`), the professions (`Ak`, `Apt`,
// `Ns`, notaries' `M.Kn`, medical specialists' `Sp.x`) and foreign degrees (`MBA`, `Ph.D`, `LL.M`, `Lc`).
// Written with the dots (`S.Pd.I`): the dots are optional where it is matched (`SPdI`, `S.PdI`, `SH`, `S.H.`), and a
// comma before each is optional (`Name, S.H., M.H.`, `Name SH MH`). Left out: two-capital forms that are more often a
// name's initials than a degree (`S.S`, `S.M`, `B.A`: `SS Budi`), and corps written after a rank (`Cpm`).

/** Degrees by level, as written with their dots. */
const DIPLOMA: readonly string[] = ['A.Md', 'A.Md.Kep', 'A.Md.Keb', 'A.Md.Kes', 'A.Md.Farm', 'A.Md.T', 'A.Md.Kom', 'A.Md.Ak', 'A.Md.Pd', 'A.Ma', 'A.Ma.Pd', 'A.Md.Gz', 'A.Md.AK'];

const BACHELOR: readonly string[] = [
  // social sciences, government, law, economics
  'S.H', 'S.H.I', 'S.Sy', 'S.Sos', 'S.Sos.I', 'S.IP', 'S.I.P', 'S.I.Pol', 'S.AP', 'S.A.P', 'S.Adm', 'S.STP',
  'S.E', 'S.E.I', 'S.Ak', 'S.Mn', 'S.Ikom', 'S.I.Kom', 'S.Kom.I', 'S.Psi', 'S.Hum', 'S.Sn', 'S.Ds', 'S.Fil',
  'S.Fil.I', 'S.Th', 'S.Th.I', 'S.Ag', 'S.Pd', 'S.Pd.I', 'S.Pd.SD', 'S.Pd.AUD', 'S.Pd.Jas', 'S.Pd.Gr',
  // police academy (PTIK, Akpol): `AKBP Name, S.I.K.`, `SIK`
  'S.I.K', 'S.IK',
  // sciences, engineering, computing
  'S.T', 'S.Kom', 'S.Si', 'S.Stat', 'S.Mat', 'S.Ars', 'S.P', 'S.Pt', 'S.Pi', 'S.Hut', 'S.TP', 'S.KH', 'S.Kel', 'S.Tr',
  'S.ST', 'S.SiT', 'S.Gz',
  // health
  'S.Ked', 'S.KG', 'S.Kep', 'S.KM', 'S.K.M', 'S.Farm', 'S.Keb', 'S.Kes', 'S.Tr.Keb', 'S.Tr.Kes', 'S.Tr.Kep', 'S.Ft', 'S.Gz',
];

const MASTER: readonly string[] = [
  'M.H', 'M.Hum', 'M.H.I', 'M.Kn', 'M.Si', 'M.Sos', 'M.Sos.I', 'M.IP', 'M.AP', 'M.A.P', 'M.Adm', 'M.Pd', 'M.Pd.I', 'M.Ag',
  'M.M', 'M.E', 'M.E.I', 'M.Ak', 'M.Ec.Dev', 'M.Sy', 'M.Psi', 'M.Psi.T', 'M.Ikom', 'M.I.Kom', 'M.T', 'M.Kom', 'M.Sc',
  'M.Eng', 'M.Stat', 'M.Ars', 'M.P', 'M.Kes', 'M.Kep', 'M.Keb', 'M.KM', 'M.Farm', 'M.Biomed', 'M.PH', 'M.Han', 'M.Tr',
  'M.Tr.Han', 'M.Tr.Opsla', 'M.Tr.AP', 'M.A', 'M.Phil', 'M.Fil', 'M.Th', 'M.Hut', 'M.Si.Han', 'M.Sn', 'M.Ds', 'M.Gz',
];

/** Professional, specialist and foreign degrees. */
const OTHER: readonly string[] = [
  'Ak', 'CA', 'CPA', 'Apt', 'Ph.D', 'D.Sc', 'Lc', 'MA', 'MBA', 'M.B.A', 'MPA', 'MPH', 'LL.M', 'LL.B', 'B.Sc',
  'Bc.Hk', 'Bc.Kn', 'Sp.A', 'Sp.PD', 'Sp.OG', 'Sp.B', 'Sp.BS', 'Sp.M', 'Sp.THT', 'Sp.KK', 'Sp.DV', 'Sp.JP', 'Sp.N',
  'Sp.An', 'Sp.Rad', 'Sp.P', 'Sp.S', 'Sp.KJ', 'Sp.U', 'Sp.OT', 'Sp.PK', 'Sp.PA', 'Sp.F', 'Sp.KFR', 'Sp.GK', 'Sp.Ort',
  'Sp.Pros', 'Sp.KG', 'Sp.Perio', 'Sp.BM', 'Sp.MK', 'Sp.FK', 'Sp.GK', 'CHt', 'CFP', 'CFrA', 'QIA',
];

/** Every degree written after a name (dots optional where matched). */
export const DEGREES: readonly string[] = [...new Set([...DIPLOMA, ...BACHELOR, ...MASTER, ...OTHER])];

/** Degrees written AFTER a name, with or without a comma: `Juaini Taofik, M.Si`, `Name SH MH`. Dots optional. The
 *  complete class by level is DEGREES; these are the forms written before it was (kept: the same words). */
export const DEGREES_AFTER: readonly string[] = [
  ...DEGREES,
  'S.H', 'S.H.I', 'M.H', 'M.Hum', 'M.Si', 'M.M', 'M.Pd', 'S.Pd', 'S.Pd.I', 'S.Sos', 'S.IP', 'M.IP', 'M.AP', 'S.AP',
  'S.STP', 'M.T', 'S.T', 'S.E', 'M.E', 'SE', 'ST', 'SH', 'MH', 'MM', 'MSi', 'MPd', 'SPd', 'SSos', 'SIP', 'MAP',
  'S.Ag', 'M.Ag', 'S.Kom', 'M.Kom', 'S.Kep', 'M.Kes', 'S.KM', 'SKM', 'MPH', 'Ph.D', 'PhD', 'Lc', 'MA', 'M.A',
  'M.Sc', 'MBA', 'S.Hut', 'S.P', 'M.P', 'Ak', 'CA', 'S.Psi', 'M.Psi', 'S.Kes', 'S.Farm', 'Apt', 'Sp.A', 'Sp.PD',
];

/** A degree's key as the readers compare it: without its dots, in capitals (`S.H.` → `SH`, `M.Si` → `MSI`). */
export const degreeKey = (written: string): string => written.replace(/\./gu, '').toUpperCase();
/** The one set of degree keys (DEGREES_AFTER by degreeKey), read by the officials' name reader and the sentence
 *  splitter alike. */
export const DEGREE_KEYS: ReadonlySet<string> = new Set(DEGREES_AFTER.map(degreeKey));

/** A degree by its shape (regex source, `u` flag): dotted abbreviations (`M.Pd.I.`, `S.I.K.`, `S.STP.`, `M.Kes.`), one
 *  capital and at most three small letters before each inner dot; the lists above name the common ones, the shape the
 *  rest. The one source: officials read it after a name's comma (names.ts DEGREE_SHAPE_RE, name-before-title.ts
 *  DEGREE_TAIL_RE); statements/apposition.ts DOTTED_DEGREE_RE still writes it out (`^…$`), pinned equal to this one by
 *  test/lexicon/degree-shape.test.ts until that file (under edit in round 17) derives it. */
export const DEGREE_SHAPE_SOURCE = '(?:\\p{Lu}\\p{Ll}{0,3}\\.){1,4}\\p{Lu}\\p{L}{0,4}\\.?';
