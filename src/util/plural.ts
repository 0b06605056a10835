/**
 * "1 article", "2 articles", "0 articles": the count and its English noun for stderr messages. One helper, so the
 * summary line never says "1 officials". `many` is given when the plural is not `one` + "s" ("1 story", "2 stories").
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
