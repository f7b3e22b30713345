import type {Catalog} from '../i18n/catalog.js';
import type {en} from './portal.messages.js';

/**
 * The portal's own text in French: a lazy chunk, loaded with a French page or when the element first
 * renders in French (it waits for it, as for its data).
 */
export const fr = {
  'portal.nav': 'Espace membre',
  'portal.menu': 'Menu',
  'portal.loadingPage': 'Chargement de la page…',
  'portal.pageError': 'Impossible de charger cette page.',
  'portal.page.dashboard': 'Tableau de bord',
  'portal.page.signIn': 'Connexion',
  'portal.page.book': 'Réserver',
  'portal.page.shop': 'Boutique',
  'portal.page.membership': 'Abonnement',
  'portal.page.billing': 'Facturation',
  'portal.page.entries': 'Entrées',
  'portal.page.notifications': 'Notifications',
  'portal.page.profile': 'Profil',
  'portal.page.community': 'Communauté',
  'portal.page.events': 'Événements',
  'portal.page.members': 'Membres',
  'portal.community.tabs': 'Communauté',
  'portal.community.events': 'Événements',
  'portal.community.members': 'Membres',
  'portal.community.posts': 'Articles',
  'portal.allPosts': 'Tous les articles',
  'portal.page.help': 'Aide',
  'portal.page.visitors': 'Visiteurs',
  'portal.page.deliveries': 'Colis',
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
  'portal.book.views': 'Réserver depuis',
  'portal.book.calendar': 'Calendrier',
  'portal.book.floorPlan': 'Plan',
  'portal.bookLink': 'Réserver une salle',
  'portal.unpaid': {
    one: '{count} facture impayée · {total}',
    other: '{count} factures impayées · {total}',
  },
  'portal.pay': 'Payer',
  'portal.frontDesk': 'Accueil',
  'portal.openRequests': {one: '{count} demande en cours', other: '{count} demandes en cours'},
  'portal.visitorsToday': {
    one: "{count} visiteur attendu aujourd'hui",
    other: "{count} visiteurs attendus aujourd'hui",
  },
  'portal.parcelsWaiting': {
    one: '{count} colis vous attend',
    other: '{count} colis vous attendent',
  },
  'portal.allNotifications': 'Toutes les notifications',
  'portal.notFoundText': "Il n'y a pas de page à cette adresse.",
  'portal.home': "Aller à l'accueil de l'espace membre",
} as const satisfies Catalog<typeof en>;
