import type { ReactNode } from 'react';

export const metadata = { title: 'memorial-card in Next', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ margin: 0, padding: 16, fontFamily: 'system-ui, sans-serif' }}>{children}</body>
    </html>
  );
}
