import { expect } from '@open-wc/testing';
import { Lru, MAX_KEY } from '../../src/lru.js';

describe('the bounded cache', () => {
  it('computes once per key and keeps the most recently used within its bound', () => {
    const cache = new Lru<number>(3);
    let computed = 0;
    const get = (key: string) => cache.get(key, () => ++computed);
    expect([get('a'), get('b'), get('c'), get('a')]).to.deep.equal([1, 2, 3, 1]);
    get('d'); // drops b, the least recently used
    expect(cache.size).to.equal(3);
    expect(get('a')).to.equal(1);
    expect(get('b')).to.equal(5);
  });

  it('keeps undefined answers too', () => {
    const cache = new Lru<undefined>(3);
    let computed = 0;
    for (let i = 0; i < 3; i++) cache.get('bad', () => void computed++);
    expect(computed).to.equal(1);
  });

  it('never keeps a key longer than MAX_KEY characters', () => {
    const cache = new Lru<string>(8);
    for (let i = 0; i < 50; i++) expect(cache.get(`${i}`.padEnd(1_000_000, 'x'), () => 'v')).to.equal('v');
    expect(cache.get('y'.repeat(MAX_KEY + 1), () => 'v')).to.equal('v');
    expect(cache.size).to.equal(0);
    cache.get('y'.repeat(MAX_KEY), () => 'v');
    expect(cache.size).to.equal(1);
  });
});
