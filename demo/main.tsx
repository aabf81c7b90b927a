import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DemoApp } from './DemoApp';
import './demo.css';

const container = document.getElementById('root');
if (!container) throw new Error('demo: #root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <DemoApp />
  </StrictMode>,
);
