// Floor: React alone, rendering a heading. What any React host already pays.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>Dashboard</h1>);
