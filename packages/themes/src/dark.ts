import {lightTheme} from './light.js';
import type {Theme} from './tokens.js';

/** A dark theme: `data-portico-theme="dark"` on any ancestor, with `dark.css` loaded. */
export const darkTheme: Theme = {
  ...lightTheme,
  'color-error': '#ffb4ab',
  'color-error-container': '#4a1512',
  'color-focus-ring': '#a9bcff',
  'color-on-error': '#561e16',
  'color-on-error-container': '#ffdad5',
  'color-on-primary': '#0b1a55',
  'color-on-primary-container': '#dde4ff',
  'color-on-success-container': '#b5f1c6',
  'color-on-surface': '#e6e8ef',
  'color-on-surface-variant': '#b3b8c6',
  'color-on-warning-container': '#ffe08a',
  'color-outline': '#8a90a0',
  'color-outline-variant': '#3a3e4a',
  'color-primary': '#a9bcff',
  'color-primary-container': '#26336b',
  'color-success': '#7fdc9a',
  'color-success-container': '#0f3a1f',
  'color-surface': '#15171e',
  'color-surface-container': '#20232c',
  'color-warning-container': '#3d2e00',
  'elevation-1': '0 1px 3px rgb(0 0 0 / 0.5)',
  'elevation-2': '0 4px 12px rgb(0 0 0 / 0.6)',
};
