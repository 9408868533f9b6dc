/** Part of the vocabulary (`attributes.ts`), in a file of its own. */

/**
 * Every attribute's name, in the order the command's help and the demo list
 * them: also the query parameters of the embed pages
 * (`embed.html?lang=az&theme=dark`). A plain list, so that a script that
 * needs only the names (the embed page's) does not carry the languages. A
 * test checks that it names exactly the attributes of `ATTRIBUTES` (in
 * `attributes.ts`).
 */
export const EMBED_PARAMETERS = ['lang', 'theme', 'layout', 'now', 'time-zone', 'show-days-before', 'heading-level'] as const;
export type AttributeName = (typeof EMBED_PARAMETERS)[number];
