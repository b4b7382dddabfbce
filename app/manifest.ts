import type { MetadataRoute } from 'next';

/** The web app manifest (served at /manifest.webmanifest, linked from every page by Next). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'PingToPass — IT certification exam practice',
    short_name: 'PingToPass',
    description: 'Timed mock exams, practice with instant feedback and spaced repetition.',
    start_url: '/dashboard',
    scope: '/',
    display: 'standalone',
    background_color: '#f8fafc',
    theme_color: '#1f57d6',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
