/**
 * `cem analyze`: custom-elements.json from the element's JSDoc and types.
 * It reads the TypeScript sources, writes each type alias of literals out as
 * its union (`Theme` → `'light' | 'dark' | 'auto'`, so editors and the
 * framework typings built from the manifest list the values), and names the
 * files the package ships. scripts/build-types.js then turns the manifest
 * into the React, Vue and Svelte typings and the editors' custom data.
 */
const shipped = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/** `type Theme = 'light' | 'dark' | 'auto'` and the like, as found in the analyzed modules. */
const unions = new Map();

/** `const THEMES = ['light', 'dark', 'auto'] as const` and the like: each list of literals, as a union's text. */
const lists = new Map();

/**
 * A union made only of literals (strings, numbers, booleans, null), or the
 * members of such a list (`(typeof THEMES)[number]`), written out as text.
 */
function literalUnion(ts, type) {
  if (ts.isParenthesizedTypeNode(type)) return literalUnion(ts, type.type);
  if (ts.isIndexedAccessTypeNode(type) && type.indexType.getText() === 'number') {
    const target = ts.isParenthesizedTypeNode(type.objectType) ? type.objectType.type : type.objectType;
    if (ts.isTypeQueryNode(target)) return lists.get(target.exprName.getText());
  }
  const members = ts.isUnionTypeNode(type) ? type.types : [type];
  const literal = (node) => ts.isLiteralTypeNode(node);
  return members.every(literal) ? members.map((node) => node.getText()).join(' | ') : undefined;
}

/** The items of `[…] as const` when every one is a literal, as a union's text. */
function constList(ts, node) {
  let value = node.initializer;
  if (!value || !ts.isAsExpression(value) || value.type.getText() !== 'const') return undefined;
  value = value.expression;
  if (!ts.isArrayLiteralExpression(value)) return undefined;
  const items = value.elements;
  return items.every((item) => ts.isStringLiteral(item) || ts.isNumericLiteral(item)) ? items.map((item) => item.getText()).join(' | ') : undefined;
}

/** Replaces whole-word alias names in a type's text with their unions. */
function expand(text) {
  let out = text;
  for (const [name, union] of unions) {
    out = out.replace(new RegExp(`\\b${name}\\b`, 'g'), union);
  }
  return out;
}

/**
 * Attributes whose values are the keys of a vocabulary object rather than a
 * type: `lang` takes any BCP 47 tag (so its type stays `string`), and editors
 * offer the bundled languages, the keys of `LANGUAGES` in attributes.ts.
 */
const KEYS_OF = { lang: 'LANGUAGES' };
/** `const LANGUAGES = { az, en, ru }` and the like: each object literal's keys. */
const objectKeys = new Map();

/**
 * What an editor offers for an attribute (`editorType`, read by the VS Code and
 * JetBrains generators): the string literals of its type (an attribute is
 * text: `now`'s `Date` and `number` are for the property), or the keys of its
 * vocabulary object; `string` when there are none.
 */
function editorType(attr) {
  const keys = objectKeys.get(KEYS_OF[attr.name]);
  const literals = keys ? keys.map((key) => `'${key}'`) : (attr.type?.text ?? '').split('|').map((part) => part.trim()).filter((part) => /^'[^']*'$/.test(part));
  return { text: literals.length ? literals.join(' | ') : 'string' };
}

/** `Class.field` for every class field marked `@internal`. */
const internal = new Set();

export default {
  // attributes.ts: the vocabulary, where the `theme` and `layout` values are listed.
  globs: ['src/attributes.ts', 'src/memorial-card-element.ts', 'src/memorial-card-define.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      // The analyzer leaves out `@internal` fields, but Lit's `static properties`
      // bring them back with their attribute: take both out again.
      name: 'internal-fields-stay-out',
      analyzePhase({ ts, node }) {
        if (ts.isPropertyDeclaration(node) && ts.isClassDeclaration(node.parent) && node.parent.name) {
          if (ts.getJSDocTags(node).some((tag) => tag.tagName.getText() === 'internal')) {
            internal.add(`${node.parent.name.getText()}.${node.name.getText()}`);
          }
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            const hidden = (name) => name && internal.has(`${declaration.name}.${name}`);
            if (declaration.members) declaration.members = declaration.members.filter((member) => !hidden(member.name));
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attr) => !hidden(attr.fieldName));
          }
        }
      },
    },
    {
      name: 'expand-literal-type-aliases',
      analyzePhase({ ts, node }) {
        if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
          const union = constList(ts, node);
          if (union) lists.set(node.name.getText(), union);
        }
        if (ts.isTypeAliasDeclaration(node)) {
          const union = literalUnion(ts, node.type);
          if (union) unions.set(node.name.getText(), union);
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
              if (item.type?.text) item.type.text = expand(item.type.text);
            }
          }
        }
      },
    },
    {
      name: 'attribute-values-for-editors',
      analyzePhase({ ts, node }) {
        if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
          objectKeys.set(node.name.getText(), node.initializer.properties.map((property) => property.name?.getText()).filter(Boolean));
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            for (const attr of declaration.customElement ? (declaration.attributes ?? []) : []) attr.editorType = editorType(attr);
          }
        }
      },
    },
    {
      name: 'paths-of-shipped-files',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          mod.path = shipped(mod.path);
          for (const item of [...(mod.exports ?? []), ...(mod.declarations ?? [])]) {
            for (const ref of [item.declaration, item.superclass, item.inheritedFrom]) {
              if (ref?.module) ref.module = shipped(ref.module);
            }
          }
        }
      },
    },
  ],
};
