export {contrastTheme} from './contrast.js';
export {darkTheme} from './dark.js';
export {lightTheme} from './light.js';
export {SYS_TOKENS, sysProperty} from './tokens.js';
export type {SysToken, Theme} from './tokens.js';
