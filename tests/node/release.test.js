// What `npm publish` would ship (`npm pack --dry-run`, after `npm run build`)
// and the release rules scripts/release-check.js enforces on a tag.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { changelogSection, packProblems, packedFiles } from '../../scripts/release-check.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('the npm tarball', () => {
  const files = packedFiles();

  it('ships no WordPress plugin files, no sources, and every entry, the CHANGELOG included', () => {
    assert.deepEqual(packProblems(files, pkg), []);
    assert.ok(files.includes('CHANGELOG.md'));
    assert.ok(!files.some((f) => f.startsWith('dist/wordpress/')), files.filter((f) => f.includes('wordpress')).join(', '));
  });

  it('every script the build writes in dist/ ships (no output for nothing, such as a dist/wordpress/editor.js)', () => {
    // The plugin's editor script is made inside the zip (scripts/build-wordpress.js), not by rollup.
    const dist = readdirSync(new URL('../../dist', import.meta.url), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
      .map((entry) => `${entry.parentPath ?? entry.path}/${entry.name}`.replace(/^.*?\/dist\//, 'dist/'));
    const unshipped = dist.filter((file) => !files.includes(file));
    assert.deepEqual(unshipped, []);
  });

  it('the check itself refuses a plugin file and a missing entry', () => {
    const problems = packProblems([...files.filter((f) => f !== 'dist/embed.js'), 'dist/wordpress/editor.js'], pkg);
    assert.deepEqual(problems, ['dist/wordpress/editor.js must not be in the tarball', 'dist/embed.js is missing from the tarball']);
  });
});

describe('the CHANGELOG', () => {
  const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');

  it('opens with an Unreleased section, which becomes the version on release', () => {
    assert.match(changelog, /^## \[Unreleased\]$/m);
  });

  it('finds a dated version section, and only one with entries', () => {
    const text = '# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2027-01-10\n\n- A thing.\n\n## [1.1.0] - 2026-12-01\n\n- Older.\n';
    assert.equal(changelogSection(text, '1.2.0'), '- A thing.');
    assert.equal(changelogSection(text, '1.1.0'), '- Older.');
    assert.equal(changelogSection(text, '1.3.0'), undefined);
    assert.equal(changelogSection('## [1.0.0] - 2026-01-01\n\n## [0.9.0] - 2025-01-01\n- x', '1.0.0'), undefined);
    assert.equal(changelogSection('## [1.0.0]\n- undated', '1.0.0'), undefined);
  });
});
