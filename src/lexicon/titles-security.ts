// DATA: police, military and prosecutors' titles (split from titles.ts; titles.ts adds them to TITLES), with the
// staff officers of a command by section, generated from their parts (MILITARY_STAFF).
import type { TitleDef } from './titles.js';

/** A command's staff sections (intelligence, operations, territory, logistics, personnel) and the staff officers who
 *  head them, written glued to their section: a Kodim's `Pasi` (perwira seksi: `Pasiter Kodim 0801, Kapten Inf X`,
 *  role `pasi` as the generic `Pasi Intel …` written apart), a Kodam's `As` (asisten: `Aster Kasdam …`, `Asintel`).
 *  (A Korem's `Kasi` glued to a section is a unit head of GLUED_HEADS: `Kasiintel`, `Kasiops`.) [head, unit, role] */
export const STAFF_SECTIONS: readonly string[] = ['intel', 'ops', 'ter', 'log', 'pers'];
export const STAFF_HEADS: ReadonlyArray<readonly [string, string, string]> = [['Pasi', 'Kodim', 'pasi'], ['As', 'Kodam', 'as{S}']];
function militaryStaff(): TitleDef[] {
  const out: TitleDef[] = [];
  for (const [head, unit, role] of STAFF_HEADS)
    for (const s of STAFF_SECTIONS) {
      const glued = head.toLowerCase().endsWith(s.charAt(0)) ? [`${head}${s}`, `${head}${s.slice(1)}`] : [`${head}${s}`];
      for (const phrase of glued) out.push({ phrase, role: role.replace('{S}', s), complement: 'org', institution: `${unit} {ORG}`, institutionAlone: unit });
    }
  return out;
}

/** Police, military, prosecutors. */
export const SECURITY: TitleDef[] = [
  { phrase: 'Kapolda', role: 'kapolda', complement: 'region', institution: 'Polda {R}' },
  { phrase: 'Kapolrestabes', role: 'kapolres', complement: 'region', institution: 'Polrestabes {R}' },
  { phrase: 'Kapolresta', role: 'kapolres', complement: 'region', institution: 'Polresta {R}' },
  { phrase: 'Kapolres', role: 'kapolres', complement: 'region', institution: 'Polres {R}' },
  { phrase: 'Kapolsek', role: 'kapolsek', complement: 'district', institution: 'Polsek {R}' },
  { phrase: 'Kapolri', role: 'kapolri', complement: 'none', institution: null, institutionAlone: 'Polri' },
  { phrase: 'Wakapolri', role: 'wakapolri', complement: 'none', institution: null, institutionAlone: 'Polri' },
  { phrase: 'Kabareskrim', role: 'kabareskrim', complement: 'none', institution: null, institutionAlone: 'Polri' },
  // deputies of a police command (`Wakapolda Jatim Brigjen Pol X`, `Wakapolres Bima Kompol X`)
  { phrase: 'Wakapolda', role: 'wakapolda', complement: 'region', institution: 'Polda {R}' },
  // a police command's inspector (`Irwasda Polda Jateng Kombes Pol X`)
  { phrase: 'Irwasda', role: 'irwasda', complement: 'org', institution: '{ACR}' },
  { phrase: 'Inspektur Pengawasan Daerah', role: 'irwasda', complement: 'org', institution: '{ACR}' },
  { phrase: 'Wakapolrestabes', role: 'wakapolres', complement: 'region', institution: 'Polrestabes {R}' },
  { phrase: 'Wakapolresta', role: 'wakapolres', complement: 'region', institution: 'Polresta {R}' },
  { phrase: 'Wakapolres', role: 'wakapolres', complement: 'region', institution: 'Polres {R}' },
  { phrase: 'Wakapolsek', role: 'wakapolsek', complement: 'district', institution: 'Polsek {R}' },
  // heads of a Polri or a ministry's division and of press offices, by their unit (`Kadiv Humas Polri Irjen Pol X`,
  // `Kapuspen TNI Mayjen TNI X`, `Kapendam XIV/Hasanuddin Kolonel Inf X`, `Kepala Penerangan Kodam …`); `Kadiv` of an
  // election body stays that body's division post (DIVISION_POSITIONS, tried first)
  { phrase: 'Kadiv', role: 'kadiv', complement: 'org', institution: '{ACR}' },
  { phrase: 'Kapuspen', role: 'kapuspen', complement: 'org', institution: '{ACR}' },
  { phrase: 'Kapuspenkum', role: 'kapuspenkum', complement: 'org', institution: '{ACR}', institutionAlone: 'Kejaksaan Agung' },
  { phrase: 'Kapendam', role: 'kapendam', complement: 'region', institution: 'Kodam {R}' },
  { phrase: 'Kapenrem', role: 'kapenrem', complement: 'region', institution: 'Korem {R}' },
  { phrase: 'Kepala Penerangan', role: 'kepala penerangan', complement: 'org', institution: '{ACR}' },
  // the commander of the armed forces: the rank follows the title (`Panglima TNI Jenderal TNI X`)
  { phrase: 'Panglima TNI', role: 'panglima tni', complement: 'none', institution: null, institutionAlone: 'TNI' },
  { phrase: 'KSAD', role: 'ksad', complement: 'none', institution: null, institutionAlone: 'TNI AD' },
  { phrase: 'KSAL', role: 'ksal', complement: 'none', institution: null, institutionAlone: 'TNI AL' },
  { phrase: 'KSAU', role: 'ksau', complement: 'none', institution: null, institutionAlone: 'TNI AU' },
  // written out: `Kepala Staf Angkatan Darat (KSAD) Jenderal TNI X`
  { phrase: 'Kepala Staf Angkatan Darat', role: 'ksad', complement: 'none', institution: null, institutionAlone: 'TNI AD' },
  { phrase: 'Kepala Staf Angkatan Laut', role: 'ksal', complement: 'none', institution: null, institutionAlone: 'TNI AL' },
  { phrase: 'Kepala Staf Angkatan Udara', role: 'ksau', complement: 'none', institution: null, institutionAlone: 'TNI AU' },
  { phrase: 'Kepala Staf Presiden', role: 'kepala staf presiden', complement: 'none', institution: null, institutionAlone: 'Kantor Staf Presiden' },
  { phrase: 'Komandan Kodim', role: 'dandim', complement: 'region', institution: 'Kodim {R}' },
  // a command's chief of staff (`Kepala Staf Kodim 0304/Agam, Mayor Inf X`, `Kasrem 032/Wirabraja Kolonel Inf X`)
  { phrase: 'Kepala Staf Kodim', role: 'kasdim', complement: 'region', institution: 'Kodim {R}' },
  { phrase: 'Kepala Staf Korem', role: 'kasrem', complement: 'region', institution: 'Korem {R}' },
  { phrase: 'Kepala Staf Kodam', role: 'kasdam', complement: 'region', institution: 'Kodam {R}' },
  { phrase: 'Kasdim', role: 'kasdim', complement: 'region', institution: 'Kodim {R}' },
  { phrase: 'Kasrem', role: 'kasrem', complement: 'region', institution: 'Korem {R}' },
  { phrase: 'Kasdam', role: 'kasdam', complement: 'region', institution: 'Kodam {R}' },
  { phrase: 'Komandan Korem', role: 'danrem', complement: 'region', institution: 'Korem {R}' },
  { phrase: 'Panglima Kodam', role: 'pangdam', complement: 'region', institution: 'Kodam {R}' },
  { phrase: 'Jaksa Agung', role: 'jaksa agung', complement: 'none', institution: null, institutionAlone: 'Kejaksaan Agung' },
  { phrase: 'Wakil Jaksa Agung', role: 'wakil jaksa agung', complement: 'none', institution: null, institutionAlone: 'Kejaksaan Agung' },
  { phrase: 'Jaksa Agung Muda', role: 'jaksa agung muda', complement: 'org', institution: 'Kejaksaan Agung' },
  { phrase: 'Dandim', role: 'dandim', complement: 'region', institution: 'Kodim {R}' },
  // a battalion's and a military police detachment's commanders (`Danyon 521 Letkol Inf X`, `Dandenpom V/2 Kediri
  // Letkol Cpm X`), and a Kodim's staff officers by section (`Pasi Intel Kodim 0809/Kediri Lettu Inf X`: generic,
  // only with their section after them)
  { phrase: 'Danyon', role: 'danyon', complement: 'region', institution: 'Yonif {R}' },
  { phrase: 'Dandenpom', role: 'dandenpom', complement: 'region', institution: 'Denpom {R}' },
  { phrase: 'Pasi', role: 'pasi', complement: 'org', institution: '{ORG}', generic: true, plainRole: true },
  { phrase: 'Danramil', role: 'danramil', complement: 'region', institution: 'Koramil {R}' },
  { phrase: 'Komandan Koramil', role: 'danramil', complement: 'region', institution: 'Koramil {R}' },
  // commands and police units spelled out: `Komandan Distrik Militer (Dandim) 1615/Lotim X`, `Kepala Kepolisian Resor
  // (Kapolres) Lombok Timur X`; police and military unit heads by their unit (`Kasat Reskrim Polres Bima X`)
  { phrase: 'Komandan Distrik Militer', role: 'dandim', complement: 'region', institution: 'Kodim {R}' },
  { phrase: 'Komandan Resor Militer', role: 'danrem', complement: 'region', institution: 'Korem {R}' },
  { phrase: 'Komandan Komando Rayon Militer', role: 'danramil', complement: 'region', institution: 'Koramil {R}' },
  { phrase: 'Panglima Komando Daerah Militer', role: 'pangdam', complement: 'region', institution: 'Kodam {R}' },
  { phrase: 'Kepala Kepolisian Daerah', role: 'kapolda', complement: 'region', institution: 'Polda {R}' },
  // their deputies spelled out (`Wakil Kepala Kepolisian Daerah Sumatera Utara, Brigjen Pol X`)
  { phrase: 'Wakil Kepala Kepolisian Daerah', role: 'wakapolda', complement: 'region', institution: 'Polda {R}' },
  { phrase: 'Wakil Kepala Kepolisian Resor Kota', role: 'wakapolres', complement: 'region', institution: 'Polresta {R}' },
  { phrase: 'Wakil Kepala Kepolisian Resor', role: 'wakapolres', complement: 'region', institution: 'Polres {R}' },
  { phrase: 'Wakil Kepala Kepolisian Sektor', role: 'wakapolsek', complement: 'district', institution: 'Polsek {R}' },
  { phrase: 'Kepala Kepolisian Resor Kota', role: 'kapolres', complement: 'region', institution: 'Polresta {R}' },
  { phrase: 'Kepala Kepolisian Resor', role: 'kapolres', complement: 'region', institution: 'Polres {R}' },
  { phrase: 'Kepala Kepolisian Sektor', role: 'kapolsek', complement: 'district', institution: 'Polsek {R}' },
  { phrase: 'Kepala Kepolisian Negara Republik Indonesia', role: 'kapolri', complement: 'none', institution: null, institutionAlone: 'Polri' },
  { phrase: 'Kasat', role: 'kasat', complement: 'org', institution: '{ORG}' },
  { phrase: 'Danrem', role: 'danrem', complement: 'region', institution: 'Korem {R}' },
  // navy bases, named after their place: `Komandan Pangkalan TNI AL (Danlanal) Kotabaru Letkol Laut (P) X`, `Danlantamal
  // V Surabaya X`. (Air bases are named after people, `Danlanud Adi Soemarmo`: the base's name would read as its
  // holder's, so `Danlanud` is not listed.)
  { phrase: 'Danlanal', role: 'danlanal', complement: 'region', institution: 'Lanal {R}' },
  { phrase: 'Komandan Lanal', role: 'danlanal', complement: 'region', institution: 'Lanal {R}' },
  { phrase: 'Komandan Pangkalan TNI AL', role: 'danlanal', complement: 'region', institution: 'Lanal {R}' },
  { phrase: 'Danlantamal', role: 'danlantamal', complement: 'region', institution: 'Lantamal {R}' },
  { phrase: 'Komandan Pangkalan Utama TNI AL', role: 'danlantamal', complement: 'region', institution: 'Lantamal {R}' },
  { phrase: 'Pangdam', role: 'pangdam', complement: 'region', institution: 'Kodam {R}' },
  { phrase: 'Kajari', role: 'kajari', complement: 'region', institution: 'Kejari {R}' },
  { phrase: 'Kajati', role: 'kajati', complement: 'region', institution: 'Kejati {R}' },
  // written out: `Kepala Kejaksaan Negeri (Kajari) Kota Serang`
  { phrase: 'Kepala Kejaksaan Negeri', role: 'kajari', complement: 'region', institution: 'Kejari {R}' },
  { phrase: 'Kepala Kejaksaan Tinggi', role: 'kajati', complement: 'region', institution: 'Kejati {R}' },
  // the staff of a command by level, generated (militaryStaff): `Pasiter Kodim 0801, Kapten Inf X`, `Aster Kasdam
  // V/Brawijaya X`; a village's army and police officers (`Babinsa Desa X Serka Y`)
  ...militaryStaff(),
  { phrase: 'Babinsa', role: 'babinsa', complement: 'village', institution: 'Koramil {R}', capitalOnly: true },
  { phrase: 'Bintara Pembina Desa', role: 'babinsa', complement: 'village', institution: 'Koramil {R}' },
  { phrase: 'Bhabinkamtibmas', role: 'bhabinkamtibmas', complement: 'village', institution: 'Polsek {R}', capitalOnly: true },
  { phrase: 'Bhabin', role: 'bhabinkamtibmas', complement: 'village', institution: 'Polsek {R}', capitalOnly: true },
  { phrase: 'Danposramil', role: 'danposramil', complement: 'district', institution: 'Koramil {R}' },
  { phrase: 'Wadanramil', role: 'wadanramil', complement: 'region', institution: 'Koramil {R}' },
  { phrase: 'Kapospol', role: 'kapospol', complement: 'district', institution: 'Polsek {R}' },
  { phrase: 'Pabung', role: 'pabung', complement: 'org', institution: '{ORG}', generic: true, plainRole: true },
];
