import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
// The elements this app places: importing a module defines its tag.
import '@portico/elements/provider.js';
import '@portico/elements/login.js';
import '@portico/elements/credit-balance.js';
import '@portico/elements/booking-calendar.js';
import '@portico/themes/tokens.css';
import {App} from './App.js';
import './app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
