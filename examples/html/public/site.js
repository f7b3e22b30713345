// The page's own script (a file, not inline: the Content-Security-Policy forbids inline
// scripts). The widgets ask the host page where to go; this site answers.

const shop = document.querySelector('portico-product-shop');

// A visitor pressed "Sign in" in a widget: bring them to the sign-in form.
document.addEventListener('portico-needs-sign-in', () => {
  const heading = document.querySelector('#account-title');
  heading?.scrollIntoView({block: 'start'});
  heading?.focus();
});

// A booking needs more credits than the member has: open the shop on its credit packs.
document.addEventListener('portico-needs-credits', () => {
  void shop?.showCategory('credit_pack');
});
