/**
 * Words a question wraps around its content ("bagaimana cara mengurus akta kelahiran agar cepat"):
 * question words, politeness and the generic verbs of asking how to get something done. In a query
 * they are dropped like stop words, so "all words" asks only for the content words; a query made
 * only of them is still searched. Many question words (apa, bagaimana, agar, mengapa) are already
 * in Tala's stop list; these are the ones it lacks.
 */
const QUESTION_FILLER = new Set([
  // question words and their spoken spellings
  'gimana', 'gmn', 'bgmn', 'bagaimanakah', 'dimana', 'dimanakah', 'kemana', 'kapankah', 'siapakah', 'berapakah',
  'mengapakah', 'kenapakah', 'apasaja', 'apakah', 'bagaimana', 'caranya', 'cara',
  // politeness and asking
  'tolong', 'mohon', 'sih', 'ya', 'yah', 'dong', 'deh', 'nih', 'kak', 'pak', 'bu',
  'tanya', 'bertanya', 'ingin', 'mau', 'pengen', 'pingin', 'bisakah', 'dapatkah', 'bolehkah',
  // chat spellings of stop words
  'yg', 'utk', 'untuk', 'dgn', 'dg', 'tdk', 'gak', 'nggak', 'ga', 'krn', 'sy', 'aku', 'saya', 'kami', 'kita',
  // the generic verbs of "how do I get …"
  'mengurus', 'urus', 'membuat', 'bikin', 'mendapatkan', 'memperoleh', 'melakukan', 'mengajukan', 'mengetahui',
]);

/** True for a question word or filler (already lower-cased, folded). */
export function isQueryFiller(word: string): boolean {
  return QUESTION_FILLER.has(word);
}
