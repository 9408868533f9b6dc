// Registering the element: define() is idempotent, takes another tag name
// for a subclass of its own, and leaves a tag taken by another version or
// element alone, with a warning.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { define, MemorialCard } from '../../src/index.js';
import { VERSION } from '../../src/version.js';
import { recordWarnings } from '../support/warnings.js';

describe('define', () => {
  const trouble = recordWarnings();

  it('registers <memorial-card> once; calling it again is harmless and silent', () => {
    expect(customElements.get('memorial-card')).to.equal(MemorialCard);
    define();
    define('memorial-card');
    expect(trouble.warn.called).to.be.false;
  });

  it('registers another tag name with a subclass of its own', async () => {
    define('remembrance-card');
    define('remembrance-card');
    const el = document.createElement('remembrance-card');
    expect(el).to.be.instanceOf(MemorialCard);
    expect(el.constructor).to.not.equal(MemorialCard);
    expect(trouble.warn.called).to.be.false;
  });

  it('defines its tag with a subclass when the page already used the class for a tag of its own (issue #17, row 15)', () => {
    // A registry as the browser's: one constructor backs one tag.
    const tags = new Map<string, CustomElementConstructor>();
    const registry = {
      get: (name: string) => tags.get(name),
      define(name: string, ctor: CustomElementConstructor) {
        if ([...tags.values()].includes(ctor)) throw new DOMException('constructor already used', 'NotSupportedError');
        tags.set(name, ctor);
      },
    } as unknown as CustomElementRegistry;
    registry.define('my-card', MemorialCard);
    expect(() => define('memorial-card', registry)).not.to.throw();
    const defined = registry.get('memorial-card')!;
    expect(defined.prototype).to.be.instanceOf(MemorialCard);
    expect(defined).to.not.equal(MemorialCard);
    expect(trouble.warn.called).to.be.false;
  });

  it('leaves a tag taken by another version or element alone, with a warning', () => {
    const registry = (ctor: CustomElementConstructor) =>
      ({ get: () => ctor, define: sinon.spy() }) as unknown as CustomElementRegistry & { define: sinon.SinonSpy };
    const older = registry(class extends HTMLElement { static version = '0.0.1'; });
    define('memorial-card', older);
    expect(older.define.called).to.be.false;
    expect(String(trouble.warn.lastCall.args[0])).to.contain('already defined by memorial-card 0.0.1');

    const foreign = registry(class extends HTMLElement {});
    define('memorial-card', foreign);
    expect(String(trouble.warn.lastCall.args[0])).to.contain('already defined by another element');

    const sameVersion = registry(class extends HTMLElement { static version = VERSION; });
    trouble.warn.resetHistory();
    define('memorial-card', sameVersion);
    expect(trouble.warn.called).to.be.false;
  });

  it('knows its own version, the one package.json names', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    // Run from src/, as here, the class has a placeholder (src/version.ts); the built module has the version.
    const built = (await import(new URL('/dist/memorial-card-element.js', location.href).href)) as { MemorialCard: typeof MemorialCard };
    expect(built.MemorialCard.version).to.equal(pkg.version);
  });
});
