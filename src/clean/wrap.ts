// Hard-wrapped sentences (issue 22: "Lines hard-wrapped at a fixed width in the middle of a sentence are joined
// again"). A line broken at a fixed width may leave the last word or two of a sentence alone on the next line, and
// when that word is capitalised it can look like a furniture line: portal/06 "… yang mengunggah dukungan di akun" /
// "Facebook.", "… grup percakapan tim pemenangan di" / "Telegram.". Such a tail belongs to the sentence above it:
// the line rules skip it (cascade step 3) and the join step glues it on (step 4), so the sentence is whole, and a
// second cleaning pass sees the same paragraph.

/** Settings: the broken line is at least this long (a wrapped line fills its width; a headline above a
 *  furniture line is shorter or ends with a capitalised word) … */
export const WRAP_MIN_CHARS = 40;
/** … and the tail has at most this many words. */
export const WRAP_TAIL_MAX_WORDS = 3;

/** The broken line ends inside a sentence: with a lower-case word ("akun", "di", "dan"; a headline's last word
 *  is capitalised). */
const ENDS_MID_SENTENCE = /(?:^|\s)\p{Ll}[\p{L}-]{0,40}$/u;
/** The tail: a few plain words (no label colon, no brackets: "Foto: Ist." is a credit) ending the sentence. */
const TAIL = /^[\p{L}\p{N}][\p{L}\p{N} '’-]{0,60}[.!?]["”’)]?$/u;

/** Whether `line`, on the input line right after `prev`, is the tail of a sentence that `prev` breaks. */
export function isWrapTail(prev: string, line: string): boolean {
  // (TAIL first: anchored at the start, it gives up within ~60 units of `line`, while ENDS_MID_SENTENCE, anchored
  // at the end, is tried from every position of `prev`, which is most often a whole body line)
  if (prev.length < WRAP_MIN_CHARS || !TAIL.test(line) || !ENDS_MID_SENTENCE.test(prev)) return false;
  let words = 1;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 32 && ++words > WRAP_TAIL_MAX_WORDS) return false;
  return true;
}
