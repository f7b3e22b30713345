// The page's own script (a file, not inline: the Content-Security-Policy forbids inline
// scripts). The widgets ask the host page where to go; this site answers.

// A visitor pressed "Sign in" in a widget: bring them to the sign-in form.
// (<portico-login> itself takes focus on its email field when a widget asks for sign-in.)
document.addEventListener('portico-needs-sign-in', () => {
  document.querySelector('#account-title')?.scrollIntoView({block: 'start'});
});

// A booking that needs more credits opens the page's <portico-shop> on its credit
// packs by itself (cancel `portico-needs-credits` to send the member elsewhere).
