import {css, unsafeCSS, type CSSResult} from 'lit';
import {sys} from '../internal/tokens.js';
import {cluster, stack} from '../internal/layout.styles.js';

/**
 * The booking panel's layout (booking-panel.template.ts), for each element that shows it: the
 * calendar and the floor plan. Its rule reads the element's own `--portico-<name>-border-color`;
 * `sections` are other classes of the element laid out the same way.
 * `unsafeCSS` is safe here: names are constants of this repository, never input.
 */
export function panelStyles(name: string, sections: readonly string[] = []): CSSResult {
  // Other sections of the element laid out like the panel (the calendar's "My bookings").
  const also = (suffix: string) =>
    unsafeCSS(['panel', ...sections].map((section) => `.${section}${suffix}`).join(', '));
  return css`
    ${also('')} {
      ${stack}
      align-items: flex-start;
      gap: ${sys('space-sm')};
      padding-top: ${sys('space-md')};
      border-top: 1px solid var(${unsafeCSS(`--portico-${name}-border-color`)});
    }

    ${also(' p')} {
      margin: 0;
    }

    ${also('__title')} {
      margin: 0;
      font-size: ${sys('font-size-lg')};
    }

    .panel__repeat {
      ${stack}
      gap: ${sys('space-xs')};
      margin: 0;
      padding: 0;
      border: 0;
    }

    .panel__ends {
      ${cluster}
      gap: ${sys('space-xs')};
    }

    .panel__occurrences {
      max-height: 8rem;
      margin: 0;
      padding-inline-start: ${sys('space-lg')};
      overflow: auto;
      font-size: ${sys('font-size-sm')};
    }

    .panel__credits-used ul {
      margin: ${sys('space-xxs')} 0 0;
      padding-inline-start: ${sys('space-lg')};
    }

    .panel__count {
      width: 4rem;
    }
  `;
}
