import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Analytics — paid-analytics-react on Next.js' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="de">
      <body style={{ margin: 0, padding: 24, fontFamily: 'system-ui, sans-serif', background: '#f6f7f9' }}>{children}</body>
    </html>
  );
}
