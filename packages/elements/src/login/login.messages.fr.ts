import type {Catalog} from '../i18n/catalog.js';
import type {en} from './login.messages.js';

/**
 * The login's text in French: a lazy chunk, loaded with a French page or when the element first
 * renders in French (it waits for it, as for its data).
 */
export const fr = {
  'login.email': 'E-mail',
  'login.code': 'Code reçu par e-mail',
  'login.codeHint': '6 chiffres ; les espaces sont ignorés.',
  'login.sendCode': 'Recevoir un code',
  'login.verify': 'Se connecter',
  'login.sending': 'Envoi…',
  'login.verifying': 'Connexion…',
  'login.codeSent': 'Nous avons envoyé un code à 6 chiffres à {email}.',
  'login.codeResent': 'Nous avons envoyé un nouveau code à {email}.',
  'login.changeEmail': 'Mauvaise adresse ?',
  'login.resend': 'Renvoyer un code',
  'login.resendIn': 'Renvoyer un code dans {time}',
  'login.privacy': 'En continuant, vous acceptez la façon dont {space} traite vos données.',
  'login.privacyGeneric':
    'En continuant, vous acceptez la façon dont cet espace traite vos données.',
  'login.termsLink': "Conditions d'utilisation et politique de confidentialité",
  'login.welcome': 'Bienvenue, {name}',
  'login.loggedInAs': 'Connecté·e en tant que {email}.',
  'login.logout': 'Se déconnecter',
  'login.invalidEmail': 'Saisissez une adresse e-mail valide.',
  'login.codeFormat': 'Saisissez les 6 chiffres reçus par e-mail, par exemple 123456.',
  'login.invalidCode': 'Le code est incorrect, vérifiez-le et réessayez.',
  'login.attemptsLeft': {
    one: 'Le code est incorrect : il reste {count} essai.',
    other: 'Le code est incorrect : il reste {count} essais.',
  },
  'login.codeExpired': 'Le code a expiré. Demandez-en un nouveau.',
  'login.tooManyAttempts': 'Trop de tentatives. Réessayez plus tard.',
  'login.locked': 'Trop de codes erronés pour cette adresse.',
  'login.tryAgainIn': 'Réessayez dans {time}.',
  'login.tryAgainNow': 'Vous pouvez réessayer : demandez un nouveau code.',
  'login.error': 'La connexion a échoué, veuillez réessayer.',
  'login.invitation': 'Vous êtes invité·e à rejoindre {space}.',
  'login.invitationGeneric': 'Vous êtes invité·e.',
  'login.acceptInvitation': 'Activer mon compte',
  'login.accepting': 'Activation…',
  'login.invitationInvalid':
    'Cette invitation est inconnue, expirée ou déjà utilisée. Connectez-vous avec votre e-mail.',
  'login.useEmail': 'Me connecter avec mon e-mail',
  'login.termsTitle': "Acceptez les conditions d'utilisation",
  'login.termsIntro':
    "Pour continuer, lisez et acceptez les conditions d'utilisation de {space} (version {version}).",
  'login.termsAccept': "J'ai lu et j'accepte les conditions d'utilisation",
  'login.termsRequired': "Cochez la case pour accepter les conditions d'utilisation.",
  'login.continue': 'Continuer',
  'login.name': 'Votre nom',
  'login.nameRequired': 'Saisissez votre nom.',
  'login.profileError': 'Impossible de charger votre profil.',
  'login.profileTitle': 'Complétez votre profil',
  'login.profileIntro':
    "Aidez l'équipe et les membres à vous connaître. Vous pourrez le faire plus tard.",
  'login.phone': 'Téléphone (facultatif)',
  'login.company': 'Entreprise (facultatif)',
  'login.save': 'Enregistrer',
  'login.saving': 'Enregistrement…',
  'login.skip': 'Plus tard',
  'login.profileSaved': 'Votre profil est enregistré.',
} as const satisfies Catalog<typeof en>;
