import type { NextConfig } from 'next';

// Nothing to configure for paid-analytics-react: it is ESM with types and 'use client' widgets.
const nextConfig: NextConfig = {};

export default nextConfig;
