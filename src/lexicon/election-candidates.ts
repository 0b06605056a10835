// Candidates for an office, by the election that fills it (issue 22, check23 04: "video yang memperlihatkan mereka
// mengacungkan jari bersama pasangan calon bupati" in a page naming no election). A page that names no election but
// one of these is about that election; its year comes from the publication date and ELECTION_CALENDAR
// (count-elections.ts). A regional head's candidate gives "Pilkada", the gold's name for the simultaneous regional
// election (JOINT_REGIONAL_ELECTION); a legislator's or a president's gives "Pemilu". Lower case; "bakal calon …"
// holds "calon …".
export const CANDIDATE_OFFICE_ELECTIONS: Readonly<Record<string, string>> = {
  'calon bupati': 'Pilkada',
  'calon wakil bupati': 'Pilkada',
  'calon wali kota': 'Pilkada',
  'calon walikota': 'Pilkada',
  'calon wakil wali kota': 'Pilkada',
  'calon wakil walikota': 'Pilkada',
  'calon gubernur': 'Pilkada',
  'calon wakil gubernur': 'Pilkada',
  'calon kepala daerah': 'Pilkada',
  cabup: 'Pilkada',
  cawabup: 'Pilkada',
  cawalkot: 'Pilkada',
  cawawalkot: 'Pilkada',
  cagub: 'Pilkada',
  cawagub: 'Pilkada',
  'calon anggota legislatif': 'Pemilu',
  'calon legislatif': 'Pemilu',
  caleg: 'Pemilu',
  'calon anggota dpr': 'Pemilu',
  'calon anggota dprd': 'Pemilu',
  'calon anggota dpd': 'Pemilu',
  'calon presiden': 'Pemilu',
  'calon wakil presiden': 'Pemilu',
  capres: 'Pemilu',
  cawapres: 'Pemilu',
};
