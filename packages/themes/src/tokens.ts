/**
 * Every system token a theme defines, as `--portico-sys-<name>`. Sorted; components may
 * only read tokens from this list (their styles are type-checked against it).
 */
export const SYS_TOKENS = [
  'color-error',
  'color-error-container',
  'color-focus-ring',
  'color-on-error',
  'color-on-error-container',
  'color-on-primary',
  'color-on-primary-container',
  'color-on-success-container',
  'color-on-surface',
  'color-on-surface-variant',
  'color-on-warning-container',
  'color-outline',
  'color-outline-variant',
  'color-primary',
  'color-primary-container',
  'color-success',
  'color-success-container',
  'color-surface',
  'color-surface-container',
  'color-warning-container',
  'elevation-1',
  'elevation-2',
  'focus-ring-offset',
  'focus-ring-width',
  'font-family',
  'font-family-numeric',
  'font-size-display',
  'font-size-lg',
  'font-size-md',
  'font-size-sm',
  'font-size-xs',
  'font-weight-bold',
  'font-weight-medium',
  'font-weight-regular',
  'line-height-normal',
  'line-height-tight',
  'motion-duration-long',
  'motion-duration-short',
  'motion-easing-standard',
  'radius-full',
  'radius-lg',
  'radius-md',
  'radius-sm',
  'space-lg',
  'space-md',
  'space-sm',
  'space-xl',
  'space-xs',
  'space-xxs',
] as const;

/** A system token name without its `--portico-sys-` prefix, e.g. `color-primary`. */
export type SysToken = (typeof SYS_TOKENS)[number];

/** A complete theme: a value for every system token. */
export type Theme = Readonly<Record<SysToken, string>>;

/** The custom property that carries a token, e.g. `--portico-sys-color-primary`. */
export function sysProperty(token: SysToken): `--portico-sys-${SysToken}` {
  return `--portico-sys-${token}`;
}
