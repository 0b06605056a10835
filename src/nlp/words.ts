// Word scanning without a regex call per word: moved to the text kernel (src/text/words.ts, on the one
// class table of src/text/chars.ts). These names stay for the existing callers.
export {
  isLetterUnit,
  isWordCharAt,
  isWordCharBefore,
  isWordUnit,
  nextWordStart,
  wordCharLength,
  wordRunEnd,
  words,
} from '../text/words.js';
