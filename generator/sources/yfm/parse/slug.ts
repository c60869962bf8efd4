/**
 * diplodoc's heading ids: `slugify(title, { lower: true, remove: /[*+~.()'"!:@`ь]/g })` from the `slugify`
 * package (simov/slugify), used by @diplodoc/transform's anchors plugin. Reproduced here (char map limited to
 * Latin-1, Latin Extended-A, Cyrillic and typographic symbols) because the corpus's dangling anchors are
 * exactly such slugs, e.g. "Параметр fields" → `parametr-fields`.
 */

const MAP: Record<string, string> = {
  $: 'dollar', '%': 'percent', '&': 'and', '<': 'less', '>': 'greater', '|': 'or',
  '¢': 'cent', '£': 'pound', '¤': 'currency', '¥': 'yen', '©': '(c)', ª: 'a', '®': '(r)', º: 'o',
  À: 'A', Á: 'A', Â: 'A', Ã: 'A', Ä: 'A', Å: 'A', Æ: 'AE', Ç: 'C', È: 'E', É: 'E', Ê: 'E', Ë: 'E',
  Ì: 'I', Í: 'I', Î: 'I', Ï: 'I', Ð: 'D', Ñ: 'N', Ò: 'O', Ó: 'O', Ô: 'O', Õ: 'O', Ö: 'O', Ø: 'O',
  Ù: 'U', Ú: 'U', Û: 'U', Ü: 'U', Ý: 'Y', Þ: 'TH', ß: 'ss', à: 'a', á: 'a', â: 'a', ã: 'a', ä: 'a',
  å: 'a', æ: 'ae', ç: 'c', è: 'e', é: 'e', ê: 'e', ë: 'e', ì: 'i', í: 'i', î: 'i', ï: 'i', ð: 'd',
  ñ: 'n', ò: 'o', ó: 'o', ô: 'o', õ: 'o', ö: 'o', ø: 'o', ù: 'u', ú: 'u', û: 'u', ü: 'u', ý: 'y',
  þ: 'th', ÿ: 'y',
  Ё: 'Yo', Ђ: 'DJ', Є: 'Ye', І: 'I', Ї: 'Yi', Ј: 'J', Љ: 'LJ', Њ: 'NJ', Ћ: 'C', Џ: 'DZ',
  А: 'A', Б: 'B', В: 'V', Г: 'G', Д: 'D', Е: 'E', Ж: 'Zh', З: 'Z', И: 'I', Й: 'J', К: 'K', Л: 'L',
  М: 'M', Н: 'N', О: 'O', П: 'P', Р: 'R', С: 'S', Т: 'T', У: 'U', Ф: 'F', Х: 'H', Ц: 'C', Ч: 'Ch',
  Ш: 'Sh', Щ: 'Sh', Ъ: 'U', Ы: 'Y', Ь: '', Э: 'E', Ю: 'Yu', Я: 'Ya',
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'j', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch',
  ш: 'sh', щ: 'sh', ъ: 'u', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ё: 'yo', ђ: 'dj', є: 'ye',
  і: 'i', ї: 'yi', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', ѝ: 'u', џ: 'dz', Ґ: 'G', ґ: 'g',
  '–': '-', '‘': "'", '’': "'", '“': '\\"', '”': '\\"', '„': '\\"', '†': '+', '•': '*', '…': '...',
  '€': 'euro', '₽': 'russian ruble', '₹': 'indian rupee', '™': 'tm', '∂': 'd', '∆': 'delta', '∑': 'sum',
  '∞': 'infinity', '♥': 'love',
};

const REMOVE = /[*+~.()'"!:@`ь]/g;

/** The id diplodoc's anchors plugin gives a heading whose text is `title` (before de-duplication). */
export function diplodocSlug(title: string): string {
  let out = '';
  for (const ch of title.normalize()) {
    const mapped = MAP[ch];
    // slugify: `charMap[ch] || (ch === '-' ? ' ' : ch)`, so an empty mapping (Ь) keeps the letter; diplodoc
    // then removes a lower-case ь through its `remove` pattern.
    const piece = mapped || (ch === '-' ? ' ' : ch);
    out += piece.replace(REMOVE, '');
  }
  return out.trim().replace(/\s+/g, '-').toLowerCase();
}
