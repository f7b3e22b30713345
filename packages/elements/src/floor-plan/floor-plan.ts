import {PorticoFloorPlan} from './floor-plan.component.js';

export {PorticoFloorPlan};

PorticoFloorPlan.define('portico-floor-plan');

declare global {
  interface HTMLElementTagNameMap {
    'portico-floor-plan': PorticoFloorPlan;
  }
}
