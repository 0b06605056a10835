// Words that introduce a person by their initials, as outlets name the accused, the sanctioned and witnesses
// (`Lurah berinisial AR itu dibebaskan …`, `kepala sekolah tersebut berinisial HS`, `seorang guru (inisial RT)`,
// `ASN yang inisialnya SW`). Lower-case; the capitalised forms are read too. The closed class: the noun, its
// ber- verb, and the noun with the possessive.
export const INITIALS_CUES: readonly string[] = ['inisial', 'berinisial', 'inisialnya'];

/** Most letters of a person's initials (`AR`, `M.Y.`, `ZAK`, `MHSW`). */
export const INITIALS_MAX_LETTERS = 4;
