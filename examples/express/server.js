import express from 'express';
import { createApp } from './app.js';

const server = createApp(express).listen(Number(process.env.PORT ?? 3000), () => {
  console.log(`Analytics proxy on http://localhost:${server.address().port}/api/analytics`);
});
