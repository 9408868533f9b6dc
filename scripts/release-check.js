// Before a release is published: the tag names the package's version, the
// CHANGELOG has a dated section for that version, and the tarball holds what
// it must and nothing it must not (no WordPress plugin files, no sources).
// `node scripts/release-check.js v1.2.3` (the tag; defaults to `v` + the version).
// Exits 1 with one line per problem. Run by .github/workflows/release.yml.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The `## [version] - YYYY-MM-DD` section's text, or undefined. */
export function changelogSection(changelog, version) {
  const escaped = version.replace(/[.+]/g, '\\$&');
  const match = new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(changelog);
  return match && match[1].trim() ? match[1].trim() : undefined;
}

/** What is wrong with a tarball's file list (paths as `npm pack --json` gives them). */
export function packProblems(files, pkg) {
  const problems = [];
  for (const file of files) {
    if (/^dist\/wordpress\/|\.zip$|^(src|tests|scripts|demo|wordpress|docs|\.github|\.ci)\//.test(file)) problems.push(`${file} must not be in the tarball`);
  }
  const targets = Object.values(pkg.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)));
  for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', pkg.main, pkg.types, pkg.bin['memorial-card'], ...targets]) {
    const path = file.replace(/^\.\//, '');
    if (!files.includes(path)) problems.push(`${path} is missing from the tarball`);
  }
  return problems;
}

export function packedFiles() {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  return packed.files.map((f) => f.path);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const tag = process.argv[2] ?? `v${pkg.version}`;
  const problems = [];
  if (tag !== `v${pkg.version}`) problems.push(`the tag ${tag} is not v${pkg.version}, the version in package.json`);
  if (!changelogSection(readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8'), pkg.version)) {
    problems.push(`CHANGELOG.md has no "## [${pkg.version}] - YYYY-MM-DD" section with entries`);
  }
  problems.push(...packProblems(packedFiles(), pkg));
  for (const problem of problems) console.error(`release-check: ${problem}`);
  if (problems.length) process.exit(1);
  console.log(`release-check: ${tag} is ready to publish`);
}
