import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // One Lit on the server: memorial-card (and so Lit) loaded by Node itself,
  // not bundled once for Server Components and once for client components.
  serverExternalPackages: ['memorial-card'],
  // As create-next-app writes it since Next 16: the docs' recipe must work with it.
  cacheComponents: true,
  // This app is the only one in its folder (the repository has lockfiles above it).
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};
export default nextConfig;
