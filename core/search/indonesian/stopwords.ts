/**
 * Indonesian stop words.
 *
 * The list is Tala's, from appendix D of F. Z. Tala, "A Study of Stemming Effects on Information
 * Retrieval in Bahasa Indonesia" (ILLC, Universiteit van Amsterdam, MoL-2003-02), in the form the
 * Apache Lucene project ships it as its default Indonesian stop set
 * (lucene/analysis/common/src/resources/org/apache/lucene/analysis/id/stopwords.txt, Apache License
 * 2.0; Elasticsearch's `_indonesian_` stop list is the same file). The words are data, kept here
 * in Lucene's order so a reviewer can compare them line by line; Lucene's two duplicated entries
 * ("selama" and "sekarang" each appear twice) collapse in the Set. It already contains inflected forms
 * (apakah, bukankah, kepadanya), so it is applied to the surface form, BEFORE stemming.
 *
 * Deliberately unchanged even where a word carries meaning in our domain ("dini" in "deteksi dini",
 * "kecil" in "usaha mikro, kecil"): those phrases are reached through the abbreviation map, whose
 * phrases are normalised with this same list, and changing a published list makes results harder
 * to compare with Lucene/Elasticsearch.
 *
 * Policy (see `removeStopWords`): stop words are removed at index time and at query time, but a
 * query made ONLY of stop words keeps its words, so the user still gets a search instead of an
 * empty query.
 */

const TALA_LUCENE_STOP_WORDS = `
ada adanya adalah adapun agak agaknya agar akan akankah akhirnya aku akulah amat amatlah anda
andalah antar diantaranya antara antaranya diantara apa apaan mengapa apabila apakah apalagi apatah
atau ataukah ataupun bagai bagaikan sebagai sebagainya bagaimana bagaimanapun sebagaimana
bagaimanakah bagi bahkan bahwa bahwasanya sebaliknya banyak sebanyak beberapa seberapa begini
beginian beginikah beginilah sebegini begitu begitukah begitulah begitupun sebegitu belum belumlah
sebelum sebelumnya sebenarnya berapa berapakah berapalah berapapun betulkah sebetulnya biasa
biasanya bila bilakah bisa bisakah sebisanya boleh bolehkah bolehlah buat bukan bukankah bukanlah
bukannya cuma percuma dahulu dalam dan dapat dari daripada dekat demi demikian demikianlah
sedemikian dengan depan di dia dialah dini diri dirinya terdiri dong dulu enggak enggaknya entah
entahlah terhadap terhadapnya hal hampir hanya hanyalah harus haruslah harusnya seharusnya hendak
hendaklah hendaknya hingga sehingga ia ialah ibarat ingin inginkah inginkan ini inikah inilah itu
itukah itulah jangan jangankan janganlah jika jikalau juga justru kala kalau kalaulah kalaupun
kalian kami kamilah kamu kamulah kan kapan kapankah kapanpun dikarenakan karena karenanya ke kecil
kemudian kenapa kepada kepadanya ketika seketika khususnya kini kinilah kiranya sekiranya kita
kitalah kok lagi lagian selagi lah lain lainnya melainkan selaku lalu melalui terlalu lama lamanya
selama selama selamanya lebih terlebih bermacam macam semacam maka makanya makin malah malahan
mampu mampukah mana manakala manalagi masih masihkah semasih masing mau maupun semaunya memang
mereka merekalah meski meskipun semula mungkin mungkinkah nah namun nanti nantinya nyaris oleh
olehnya seorang seseorang pada padanya padahal paling sepanjang pantas sepantasnya sepantasnyalah
para pasti pastilah per pernah pula pun merupakan rupanya serupa saat saatnya sesaat saja sajalah
saling bersama sama sesama sambil sampai sana sangat sangatlah saya sayalah se sebab sebabnya
sebuah tersebut tersebutlah sedang sedangkan sedikit sedikitnya segala segalanya segera sesegera
sejak sejenak sekali sekalian sekalipun sesekali sekaligus sekarang sekarang sekitar sekitarnya
sela selain selalu seluruh seluruhnya semakin sementara sempat semua semuanya sendiri sendirinya
seolah seperti sepertinya sering seringnya serta siapa siapakah siapapun disini disinilah sini
sinilah sesuatu sesuatunya suatu sesudah sesudahnya sudah sudahkah sudahlah supaya tadi tadinya
tak tanpa setelah telah tentang tentu tentulah tentunya tertentu seterusnya tapi tetapi setiap
tiap setidaknya tidak tidakkah tidaklah toh waduh wah wahai sewaktu walau walaupun wong yaitu
yakni yang
`;

/** Tala's stop words (Lucene's default Indonesian stop set), lower-case, without diacritics. */
export const INDONESIAN_STOP_WORDS: ReadonlySet<string> = new Set(
  TALA_LUCENE_STOP_WORDS.split(/\s+/).filter((word) => word.length > 0),
);

/** True when the (already lower-cased, folded) term is one of Tala's stop words. */
export function isStopWord(term: string): boolean {
  return INDONESIAN_STOP_WORDS.has(term);
}

/**
 * Removes stop words from a list of terms, except when EVERY term is a stop word: then the original
 * terms come back unchanged, so a query such as "yang dan" or "apa itu" is still searched (its
 * words may be indexed as the stems of other words, e.g. "dapat" from "mendapatkan") instead of
 * becoming an empty query. An empty input returns an empty list.
 *
 * Use it where the whole list is known (a user's query). Index-time filtering drops stop words
 * unconditionally, token by token (`isStopWord`).
 */
export function removeStopWords(terms: readonly string[]): string[] {
  const kept = terms.filter((term) => !isStopWord(term));
  return kept.length > 0 ? kept : [...terms];
}
