// Russian, Ukrainian and Belarusian names: a given name, a patronymic and a surname ("Nadezhda Ivanovna Rybakova").
// The given name and patronymic together are a polite form of address ("Nadezhda Ivanovna said"), a second
// reference to the one person whose full name opens with them, not a person of their own.

// Patronymic endings: -ovich/-evich (-ovych/-evych, -ovič), -ich (Ilyich, Kuzmich), -ovna/-evna/-ichna, -ivna.
const PATRONYMIC = /\p{Ll}(?:ovich|evich|ovych|evych|ovič|evič|ich|ovna|evna|ichna|ivna)$/u;

/** Whether a word has a patronymic's ending ("Semyonovich", "Ivanovna", "Ilyich"). */
export function isPatronymic(word: string): boolean {
  return PATRONYMIC.test(word);
}

/**
 * The key a three-word person name files under for its given name and patronymic ("Nadezhda Ivanovna Rybakova" →
 * the key of "Nadezhda Ivanovna"); undefined for any other name. `key` makes the look-up key of a text.
 */
export function patronymicKey(words: readonly string[], key: (text: string) => string): string | undefined {
  if (words.length !== 3 || !isPatronymic(words[1] ?? '')) return undefined;
  return `patronymic:${key(`${words[0]} ${words[1]}`)}`;
}

/** The key a two-word form ("Nadezhda Ivanovna") looks its full name up by; undefined when it is no such form. */
export function addressKey(words: readonly string[], key: (text: string) => string): string | undefined {
  if (words.length !== 2 || !isPatronymic(words[1] ?? '')) return undefined;
  return `patronymic:${key(`${words[0]} ${words[1]}`)}`;
}
