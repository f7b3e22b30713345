import {createApp} from 'vue';
// The elements this app places: importing a module defines its tag.
import '@portico/elements/provider.js';
import '@portico/elements/login.js';
import '@portico/elements/credit-balance.js';
import '@portico/elements/booking-calendar.js';
import '@portico/themes/tokens.css';
import App from './App.vue';
import './app.css';

createApp(App).mount('#root');
