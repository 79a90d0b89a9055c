import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../global.css';
import { setMaterialSource } from '../materials/material-bytes.js';
import { ExpertApp } from './ExpertApp.js';
import { hubMaterialUrl, readHubMaterial } from './hub/hub-api.js';
import { connectExpertOutbox } from './sync/expert-outbox.js';
import { applyStoredLanguage } from './use-language.js';

applyStoredLanguage();
setMaterialSource({ read: readHubMaterial, url: hubMaterialUrl });
connectExpertOutbox();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ExpertApp />
  </StrictMode>,
);
