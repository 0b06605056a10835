// Speakers who are not officials: a statement's speaker named in the text (`kata Budi, warga Desa …`) but
// with no official entry gets a `p_<hash of the normalised name>` id in the article, the same in every
// article. They are folded here into the `people` table, so every `speaker_id` joins a row of `officials`
// or `people`.

export interface PersonRow {
  id: string;
  name: string;
  title: string | null;
  articles: number;
  statements: number;
}

interface PersonAcc {
  names: Map<string, number>;
  titles: Map<string, number>;
  articles: number;
  statements: number;
  lastSeq: number;
}

/** Most frequent value; ties broken by the longest, then alphabetically: never by arrival order. */
export function mode(m: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bn = -1;
  for (const [k, n] of m) {
    if (n > bn || (n === bn && best !== null && (k.length > best.length || (k.length === best.length && k < best)))) {
      best = k;
      bn = n;
    }
  }
  return best;
}

const inc = (m: Map<string, number>, k: string | null) => {
  if (k) m.set(k, (m.get(k) ?? 0) + 1);
};

export class PeopleFold {
  private people = new Map<string, PersonAcc>();
  private seq = 0;

  /** Starts a new article: a person counts once per article. */
  nextArticle(): void {
    this.seq++;
  }

  /** One statement by a speaker with no official entry. */
  add(id: string, name: string | null, title: string | null): void {
    let p = this.people.get(id);
    if (!p) {
      p = { names: new Map(), titles: new Map(), articles: 0, statements: 0, lastSeq: 0 };
      this.people.set(id, p);
    }
    p.statements++;
    inc(p.names, name);
    inc(p.titles, title);
    if (p.lastSeq !== this.seq) {
      p.lastSeq = this.seq;
      p.articles++;
    }
  }

  /** Most statements first, then by id. */
  finish(): PersonRow[] {
    return [...this.people]
      .map(([id, p]) => ({ id, name: mode(p.names) ?? '', title: mode(p.titles), articles: p.articles, statements: p.statements }))
      .sort((a, b) => b.statements - a.statements || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
