// The one way the browser suites stub and read the console: call
// `recordWarnings()` in a file or a describe block, and every test in it
// runs with console.warn stubbed (silent, read back here), console.error
// spied (still printed), and uncaught errors and rejections recorded.
import sinon from 'sinon';

export interface Recorder {
  /** The console.warn stub of the current test. */
  readonly warn: sinon.SinonStub;
  /** The console.error spy of the current test. */
  readonly error: sinon.SinonSpy;
  /** The first argument of each console.warn call, as text. */
  messages(): string[];
  /** Every console.warn message, one a line ('' for none). */
  warned(): string;
  /** Uncaught errors and unhandled rejections of the current test. */
  readonly errors: unknown[];
}

export function recordWarnings(): Recorder {
  let warn: sinon.SinonStub;
  let error: sinon.SinonSpy;
  let errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    error = sinon.spy(console, 'error');
    errors = [];
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    warn.restore();
    error.restore();
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    delete (window as { pwned?: unknown }).pwned;
  });
  const messages = () => warn.getCalls().map((call) => String(call.args[0]));
  return {
    get warn() {
      return warn;
    },
    get error() {
      return error;
    },
    messages,
    warned: () => messages().join('\n'),
    get errors() {
      return errors;
    },
  };
}
