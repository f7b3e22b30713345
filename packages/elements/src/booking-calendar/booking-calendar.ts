import {PorticoBookingCalendar} from './booking-calendar.component.js';

export {PorticoBookingCalendar};

PorticoBookingCalendar.define('portico-booking-calendar');

declare global {
  interface HTMLElementTagNameMap {
    'portico-booking-calendar': PorticoBookingCalendar;
  }
}
