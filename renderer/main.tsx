import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './global.css';
import { preloadMeetingRoute } from './meeting/MeetingRoutes.js';
import { App } from './shell/App.js';
import { useAppStore } from './state/app-store.js';
import { currentRoute } from './state/route.js';
import { startOutboxRunner } from './sync/outbox-service.js';

void useAppStore.getState().load();
preloadMeetingRoute(currentRoute().path);
startOutboxRunner();
// Every score lives in IndexedDB: ask the browser never to evict it under disk pressure.
void navigator.storage?.persist?.();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
