import Link from 'next/link';

export default function Other() {
  return (
    <main>
      <p>Another page.</p>
      <p>
        <Link href="/">Back to the card</Link>
      </p>
    </main>
  );
}
