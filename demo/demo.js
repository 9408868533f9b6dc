// The demo's configurator: every control sets one attribute on a live card,
// and the snippet below it shows the markup to paste.
const form = document.getElementById('controls');
const stage = document.getElementById('stage');
const snippet = document.getElementById('snippet');
const replay = document.getElementById('replay');

const ATTRIBUTES = ['lang', 'theme', 'layout', 'now', 'time-zone', 'no-animation'];

function build() {
  const card = document.createElement('memorial-card');
  const data = new FormData(form);
  for (const name of ATTRIBUTES) {
    const value = name === 'no-animation' ? (data.has(name) ? '' : null) : data.get(name);
    if (value === null || (value === '' && name !== 'no-animation')) continue;
    if (name === 'theme' && value === 'auto') continue;
    if (name === 'layout' && value === 'card') continue;
    card.setAttribute(name, value);
  }
  const width = Number(data.get('width'));
  form.elements.widthOut.value = `${width} px`;
  stage.style.width = `${width + 34}px`;
  stage.replaceChildren(card);
  const attrs = [...card.attributes].map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${a.value}"`)).join('');
  snippet.textContent = `<script type="module" src="https://your.cdn/memorial-card.js"></script>\n<memorial-card${attrs}></memorial-card>`;
}

form.addEventListener('input', build);
form.addEventListener('change', build);
replay.addEventListener('click', build);
build();
