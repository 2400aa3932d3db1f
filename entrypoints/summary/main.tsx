import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SummaryPage } from './SummaryPage';
import './summary.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SummaryPage />
  </StrictMode>,
);
