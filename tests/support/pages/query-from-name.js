// For tests/embed/embed-page.test.ts: a query too long for a request line (a dev
// server refuses request heads over 16 KB) is passed in the frame's name and
// made the page's own query here, before the page's scripts read it.
if (window.name) history.replaceState(null, '', `${location.pathname}?${window.name}`);
