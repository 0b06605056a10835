/** A lookup table keyed by words taken from input (a lexicon's word → value, a file extension → format, a named
 *  delimiter): an object with no prototype, so a key such as `constructor`, `toString` or `__proto__` is absent like
 *  any other unknown word instead of answering with a member of Object.prototype (a function: `Wali Kota constructor`
 *  read `constructor` as the modifier `terpilih`, `--delimiter constructor` crashed, a file `x.constructor` was read).
 *  Frozen: lexicons are data. Spreading one into `{ ... }` gives a plain object again: wrap the result too. */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
