// Every area's endpoints (generated, schema-free), for code that needs them all by name.
export * from '../areas/space/endpoints.js';
export * from '../areas/auth/endpoints.js';
export * from '../areas/profile/endpoints.js';
export * from '../areas/membership/endpoints.js';
export * from '../areas/credits/endpoints.js';
export * from '../areas/resources/endpoints.js';
export * from '../areas/bookings/endpoints.js';
export * from '../areas/shop/endpoints.js';
export * from '../areas/entries/endpoints.js';
export * from '../areas/notifications/endpoints.js';
export * from '../areas/billing/endpoints.js';
export * from '../areas/events/endpoints.js';
export * from '../areas/realtime/endpoints.js';
export * from '../areas/dev/endpoints.js';
