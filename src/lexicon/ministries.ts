// DATA: ministers and ministries: one-word ministers (`Menkumham`), and the portfolios of `Menteri …` and
// `Menko …` written out, with the role and institution they normalise to (used by titles.ts and the title parser).
import type { TitleDef } from './titles.js';

/** Ministers written as one word (`Menkumham`, `Mensos`) or as `Menko <portfolio>`: [forms, role, institution]. */
const MINISTER_ABBREVIATIONS: ReadonlyArray<readonly [readonly string[], string, string]> = [
  [['Menko Polhukam', 'Menkopolhukam'], 'menko polhukam', 'Kemenko Polhukam'],
  [['Menko PMK', 'Menko Kesra', 'Menkokesra', 'Menkopmk'], 'menko pmk', 'Kemenko PMK'],
  [['Menko Perekonomian', 'Menkoperekonomian', 'Menko Ekuin'], 'menko perekonomian', 'Kemenko Perekonomian'],
  [['Menko Marves', 'Menko Maritim', 'Menkomarves'], 'menko marves', 'Kemenko Marves'],
  [['Menkumham'], 'menkumham', 'Kemenkumham'],
  [['Mensesneg'], 'mensesneg', 'Kemensetneg'],
  [['Mensos'], 'mensos', 'Kemensos'],
  [['Menkeu'], 'menkeu', 'Kemenkeu'],
  [['Menlu'], 'menlu', 'Kemenlu'],
  [['Menhan'], 'menhan', 'Kemhan'],
  [['Menag'], 'menag', 'Kemenag'],
  [['Menkes'], 'menkes', 'Kemenkes'],
  [['Mendikbud', 'Mendikbudristek', 'Mendiknas'], 'mendikbud', 'Kemendikbud'],
  [['Menaker', 'Menakertrans'], 'menaker', 'Kemnaker'],
  [['Mentan'], 'mentan', 'Kementan'],
  [['Menhub'], 'menhub', 'Kemenhub'],
  [['Menpora', 'Menegpora'], 'menpora', 'Kemenpora'],
  [['Menkominfo'], 'menkominfo', 'Kemenkominfo'],
  [['Mendag'], 'mendag', 'Kemendag'],
  [['Menperin'], 'menperin', 'Kemenperin'],
  [['Menparekraf', 'Menpar'], 'menparekraf', 'Kemenparekraf'],
  [['Menristek'], 'menristek', 'Kemenristek'],
  [['Menteri BUMN', 'MenBUMN'], 'menteri bumn', 'Kementerian BUMN'],
];
export function ministerAbbreviations(): TitleDef[] {
  return MINISTER_ABBREVIATIONS.flatMap(([forms, role, inst]) =>
    forms.map((phrase): TitleDef => ({ phrase, role, complement: 'none', institution: null, institutionAlone: inst })),
  );
}

/** `Menteri <org>` written out: the organisation words (lower-case prefix) that name a ministry we normalise. */
export const MINISTRY_ROLES: ReadonlyArray<{ org: string; role: string; institution: string }> = [
  { org: 'pendayagunaan aparatur negara', role: 'menpan-rb', institution: 'KemenPAN-RB' },
  { org: 'dalam negeri', role: 'mendagri', institution: 'Kemendagri' },
  { org: 'hukum dan hak asasi manusia', role: 'menkumham', institution: 'Kemenkumham' },
  { org: 'hukum dan ham', role: 'menkumham', institution: 'Kemenkumham' },
  { org: 'sosial', role: 'mensos', institution: 'Kemensos' },
  { org: 'sekretaris negara', role: 'mensesneg', institution: 'Kemensetneg' },
];
/** `Menteri Koordinator Bidang <org>` (or `Menko <org>`) written out: the portfolio words → the menko role. */
export const MENKO_ROLES: ReadonlyArray<{ org: string; role: string; institution: string }> = [
  { org: 'politik', role: 'menko polhukam', institution: 'Kemenko Polhukam' },
  { org: 'pembangunan manusia', role: 'menko pmk', institution: 'Kemenko PMK' },
  { org: 'kesejahteraan rakyat', role: 'menko pmk', institution: 'Kemenko PMK' },
  { org: 'perekonomian', role: 'menko perekonomian', institution: 'Kemenko Perekonomian' },
  { org: 'kemaritiman', role: 'menko marves', institution: 'Kemenko Marves' },
  { org: 'maritim', role: 'menko marves', institution: 'Kemenko Marves' },
];

