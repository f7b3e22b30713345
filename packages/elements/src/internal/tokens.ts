import {lightTheme, type SysToken} from '@portico/themes';
import {unsafeCSS, type CSSResult} from 'lit';

/**
 * `var(--portico-sys-<token>, <light value>)`: a system token with the default theme's value
 * as fallback, so an element looks right on a page that loads no theme CSS. The fallback
 * comes from `@portico/themes` (one source for the values), and an unknown token is a type
 * error, which is how a component's styles "fail the build" on a token nobody defines.
 *
 * `unsafeCSS` is safe here: both halves are constants from this repository, never input.
 */
export function sys(token: SysToken): CSSResult {
  return unsafeCSS(`var(--portico-sys-${token}, ${lightTheme[token]})`);
}
