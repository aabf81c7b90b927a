import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // `npm run dev` talks to the server of `npm start` (the proxy) for /api.
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
