// Loaded first by the test pages: keeps every error, warning and Content
// Security Policy violation the page raises, so a test can assert there were none.
window.pageErrors = [];
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.pageErrors.push(`csp: ${event.violatedDirective} ${event.blockedURI}`),
);
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.pageErrors.push(`warn: ${args.join(' ')}`);
  warn(...args);
};
