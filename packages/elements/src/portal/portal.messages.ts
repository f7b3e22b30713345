import {addMessages} from '../i18n/msg.js';

/** The portal's own text in English (its pages' elements bring theirs). */
export const en = {
  'portal.nav': 'Member portal',
  'portal.menu': 'Menu',
  'portal.loadingPage': 'Loading the page…',
  'portal.pageError': 'This page could not be loaded.',
  'portal.page.dashboard': 'Dashboard',
  'portal.page.signIn': 'Sign in',
  'portal.page.book': 'Book',
  'portal.page.shop': 'Shop',
  'portal.page.membership': 'Membership',
  'portal.page.entries': 'Entries',
  'portal.page.notifications': 'Notifications',
  'portal.page.profile': 'Profile',
  'portal.page.notFound': 'Page not found',
  'portal.unread': {one: '{count} unread', other: '{count} unread'},
  'portal.welcome': 'Welcome, {name}',
  'portal.signInIntro': 'Sign in with your email: we send you a one-time code.',
  'portal.browse': 'Before you join',
  'portal.browseIntro': 'Have a look at our plans, rooms and shop.',
  'portal.browseRooms': 'Rooms and desks',
  'portal.profileBanner':
    'Complete your profile: add your phone, company and a few words about you.',
  'portal.profileBannerLink': 'Complete your profile',
  'portal.nextBookings': 'Next bookings',
  'portal.nextBookingsLoading': 'Loading your next bookings…',
  'portal.nextBookingsError': 'Your bookings could not be loaded.',
  'portal.noBookings': 'Nothing booked yet.',
  'portal.bookLink': 'Book a room',
  'portal.allNotifications': 'All notifications',
  'portal.notFoundText': 'There is no page at this address.',
  'portal.home': 'Go to the portal’s home',
} as const;

/**
 * The portal's own text in French. Registered with the English when the element's module
 * loads: a page pays only for its widgets' text.
 */
export const fr = addMessages(en, {
  'portal.nav': 'Espace membre',
  'portal.menu': 'Menu',
  'portal.loadingPage': 'Chargement de la page…',
  'portal.pageError': 'Impossible de charger cette page.',
  'portal.page.dashboard': 'Tableau de bord',
  'portal.page.signIn': 'Connexion',
  'portal.page.book': 'Réserver',
  'portal.page.shop': 'Boutique',
  'portal.page.membership': 'Abonnement',
  'portal.page.entries': 'Entrées',
  'portal.page.notifications': 'Notifications',
  'portal.page.profile': 'Profil',
  'portal.page.notFound': 'Page introuvable',
  'portal.unread': {one: '{count} non lue', other: '{count} non lues'},
  'portal.welcome': 'Bienvenue, {name}',
  'portal.signInIntro':
    'Connectez-vous avec votre e-mail : nous vous envoyons un code à usage unique.',
  'portal.browse': 'Avant de nous rejoindre',
  'portal.browseIntro': 'Découvrez nos formules, nos salles et notre boutique.',
  'portal.browseRooms': 'Salles et postes',
  'portal.profileBanner':
    'Complétez votre profil : ajoutez votre téléphone, votre entreprise et quelques mots sur vous.',
  'portal.profileBannerLink': 'Compléter mon profil',
  'portal.nextBookings': 'Prochaines réservations',
  'portal.nextBookingsLoading': 'Chargement de vos prochaines réservations…',
  'portal.nextBookingsError': 'Impossible de charger vos réservations.',
  'portal.noBookings': 'Aucune réservation pour le moment.',
  'portal.bookLink': 'Réserver une salle',
  'portal.allNotifications': 'Toutes les notifications',
  'portal.notFoundText': "Il n'y a pas de page à cette adresse.",
  'portal.home': "Aller à l'accueil de l'espace membre",
});
