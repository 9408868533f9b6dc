// Writes dist/embed.html: the page for iframes, pre-rendered (declarative
// shadow DOM and plain-HTML facts) so it reads without JavaScript, then made
// live by memorial-card.js; and dist/sri.json. Run after `tsc -p tsconfig.build.json`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { renderCard } from '../dist/ssr/render.js';

const card = await renderCard({ lang: 'en' });
const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>The January 20 tragedy: memorial card</title>
<link rel="stylesheet" href="embed.css">
<script type="module" src="memorial-card.js"></script>
<script type="module" src="embed-page.js"></script>
</head>
<body>
${card}
</body>
</html>
`;
writeFileSync('dist/embed.html', page);
writeFileSync('dist/embed.css', 'html,body{margin:0;padding:0;background:transparent}\n');
console.log(`dist/embed.html: ${page.length} bytes`);

// Subresource Integrity hashes of the script files, for the demo's snippets.
const sri = {};
for (const file of ['memorial-card.js', 'memorial-card.iife.js', 'embed.js']) {
  sri[file] = `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`;
}
writeFileSync('dist/sri.json', `${JSON.stringify(sri, null, 2)}\n`);
