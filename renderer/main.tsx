import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootstrap } from './state/bootstrap';
import { App } from './ui/App';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('Tooth Rebirth: the #root element is missing from index.html');
bootstrap();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
