// Types shared by the officials parsers and refiners.
import type { Official, RegionRef } from '../../model.js';

export interface RegionAt {
  end: number;
  code: string;
  /** The span text without an admin prefix: `NTB`, `Lombok Timur`, `Kepulauan Bangka Belitung`. */
  bare: string;
}

/** An official before merging and ids: the Official fields, plus the name tokens used to merge mentions. */
export interface Candidate extends Omit<Official, 'id' | 'key' | 'mentions'> {
  tokens: string[]; // name tokens as written, honorifics/degrees removed
}

export interface UnnamedTitle {
  start: number;
  end: number;
  title: string;
  role: string;
  acting: boolean;
  institution: string | null;
  region: RegionRef | null;
}

export interface ParsedName {
  start: number;
  end: number; // end of the written name incl. degrees
  tokens: string[];
  written: string;
  /** Written in capitals (`H. LALU GITA ARIADI`): tokens are title-cased, and checked harder. */
  caps?: boolean;
}

/** What a title's complement reads (parseComplement). */
export interface Complement {
  end: number;
  /** a party among the organisation words (`Partai Demokrat`, `DPW PKB`) */
  party?: boolean;
  region: RegionAt | null;
  national: boolean;
  org: string | null;
  place: { code: string; name: string } | null;
}
