import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { renderCard } from 'memorial-card/render';
import { memorial } from '../memorial';
import { MemorialCardHtml } from './memorial-card-html';

// The recipe of docs/server-rendering.md: the card of the request's day (in
// the event's time zone). connection() renders it for each request and
// allows the clock to be read; under cacheComponents (next.config.ts) it
// must be inside <Suspense>.
async function TodaysCard() {
  await connection();
  const html = await renderCard({ lang: 'en', data: memorial });
  return <MemorialCardHtml html={html} />;
}

export default function Page() {
  return (
    <main>
      <Suspense fallback={null}>
        <TodaysCard />
      </Suspense>
      <p>
        <Link href="/other">Another page</Link>
      </p>
    </main>
  );
}
