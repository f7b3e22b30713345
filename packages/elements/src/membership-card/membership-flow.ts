// Joining, changing and cancelling (the controller and its confirmation step): a lazy chunk,
// loaded when a member first reaches for an action (the card prefetches it when the pointer or
// focus comes into it), so a card that is only read never downloads it.
export {MembershipChangeController} from './membership-change-controller.js';
export {renderConfirm} from './membership-confirm.js';
