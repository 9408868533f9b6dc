// The package's index.d.ts re-exports from './browser/commands.mjs', whose
// types TypeScript cannot find (they are in commands.d.ts): declare the one
// function the suite uses.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
