import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './global.css';
import { preloadFirstScreen } from './meeting/MeetingRoutes.js';
import { App } from './shell/App.js';
import { useAppStore } from './state/app-store.js';
import { currentRoute } from './state/route.js';

void useAppStore.getState().load();
preloadFirstScreen(currentRoute().path);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
