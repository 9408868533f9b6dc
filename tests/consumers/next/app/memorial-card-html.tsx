'use client';
// The recipe of docs/server-rendering.md, as a user copies it.
import { useEffect, useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * The card renderCard printed on the server. The first page load keeps the
 * server's HTML as the browser parsed it (its declarative shadow root
 * included): React does not touch it, and suppressHydrationWarning stops
 * React comparing it with the string, which no longer matches once the
 * browser has turned the <template shadowrootmode> into a shadow root. On a
 * client-side navigation (no server HTML to keep) the HTML is parsed with
 * setHTMLUnsafe, which reads declarative shadow roots where innerHTML
 * does not.
 */
export function MemorialCardHtml({ html }: { html: string }) {
  const hydrating = useSyncExternalStore(subscribe, () => false, () => true);
  // Registers <memorial-card> once this HTML is in the page: defined earlier,
  // a card still being parsed (streamed) would make its own shadow root
  // before its declarative one arrives.
  useEffect(() => {
    void import('memorial-card');
  }, []);
  if (hydrating) return <div suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html }} />;
  return (
    <div
      ref={(div) => {
        if (div && !div.firstChild) div.setHTMLUnsafe(html);
      }}
    />
  );
}
