// The Node suites' example memorial, under the name scripts/validate.js
// imports: defined once, in tests/support/event.js.
export { namesRead as example } from '../support/event.js';
