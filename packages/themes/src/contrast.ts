import {lightTheme} from './light.js';
import type {Theme} from './tokens.js';

/**
 * A high-contrast light theme (WCAG AAA text contrast, solid outlines, a thicker focus
 * ring): `data-portico-theme="contrast"` on any ancestor, with `contrast.css` loaded.
 */
export const contrastTheme: Theme = {
  ...lightTheme,
  'color-error': '#8c0009',
  'color-error-container': '#ffffff',
  'color-focus-ring': '#000000',
  'color-on-error': '#ffffff',
  'color-on-error-container': '#5c0006',
  'color-on-primary': '#ffffff',
  'color-on-primary-container': '#000000',
  'color-on-success-container': '#003d12',
  'color-on-surface': '#000000',
  'color-on-surface-variant': '#1b1d24',
  'color-on-warning-container': '#000000',
  'color-outline': '#000000',
  'color-outline-variant': '#000000',
  'color-primary': '#0028a8',
  'color-primary-container': '#ffffff',
  'color-success': '#00591c',
  'color-success-container': '#ffffff',
  'color-surface': '#ffffff',
  'color-surface-container': '#ffffff',
  'color-warning-container': '#fff3d6',
  'elevation-1': 'none',
  'elevation-2': 'none',
  'focus-ring-offset': '3px',
  'focus-ring-width': '3px',
  'font-weight-regular': '500',
};
