import Link from 'next/link';
import { connection } from 'next/server';
import { renderCard } from 'memorial-card/render';
import { memorial } from '../memorial';
import { MemorialCardHtml } from './memorial-card-html';

export default async function Page() {
  // Rendered for each request: the server text is the request's day (in the
  // event's time zone), and reading the clock is allowed after connection().
  await connection();
  const html = await renderCard({ lang: 'en', data: memorial });
  return (
    <main>
      <MemorialCardHtml html={html} />
      <p>
        <Link href="/other">Another page</Link>
      </p>
    </main>
  );
}
