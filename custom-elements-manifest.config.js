/**
 * `cem analyze`: custom-elements.json from the element's JSDoc and types.
 * It reads the TypeScript sources and names the files the package ships.
 */
const shipped = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

export default {
  globs: ['src/memorial-card-element.ts', 'src/memorial-card-define.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
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
