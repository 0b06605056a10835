// Words that open an interview's question (round 18, clean18): read by clean/rules/furniture-and-tail.ts, where a
// reporter's label followed by a question is the interview's text, not a credit, even when the page lost its "?"
// ("Wartawan: Bagaimana tanggapan Bapak soal ASN yang ikut kampanye"). Lower-case; matched in their case forms.

/** Interrogatives that open a question. */
export const QUESTION_OPENERS: readonly string[] = [
  'bagaimana', 'apa', 'apakah', 'mengapa', 'kenapa', 'berapa', 'siapa', 'kapan', 'di mana', 'dimana', 'ke mana',
  'seperti apa', 'sejauh mana', 'adakah', 'bisakah', 'benarkah', 'sudahkah', 'bolehkah', 'perlukah', 'mungkinkah',
];
/** Connectives a follow-up question may open with before its interrogative ("Lalu bagaimana …", "Terus apa …"). */
export const QUESTION_LEAD_INS: readonly string[] = ['lalu', 'terus', 'kemudian', 'lantas', 'jadi', 'nah', 'kalau begitu', 'selanjutnya'];
