// How every tool here launches Debian's Chromium (TOOLCHAIN.md): no browser
// is downloaded; as root it needs --no-sandbox; fixed font hinting keeps
// screenshot pixels the same from machine to machine.
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const args = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
];
