import type { Messages } from './en';
import { plural } from './plural';

export const fr = {
  siteName: 'Haven',
  languageName: 'Français',
  skipToContent: 'Aller au contenu',
  chooseLanguage: 'Langue',
  organisations: 'Organisations',
  openCampaigns: 'Campagnes en cours',
  noOpenCampaigns: 'Aucune campagne n’est ouverte en ce moment.',
  raisedOf: (raised, goal) => `${raised} collectés sur ${goal}`,
  percentFunded: (percent) => `${percent} de l’objectif`,
  supporters: plural({ one: '{n} donateur·rice', other: '{n} donateur·rices' }),
  startedOn: (date) => `Lancée le ${date}`,
  endsOn: (date) => `Se termine le ${date}`,
  endedOn: (date) => `Terminée le ${date}`,
  campaignClosed: 'Cette campagne est close et ne reçoit plus de dons.',
  cannotTakeGiftsYet:
    'Cette organisation ne peut pas encore recevoir de dons en ligne : son compte de paiement n’est pas prêt. Revenez bientôt.',
  otherTotals: 'Également collecté',
  story: 'L’histoire',
  donate: {
    heading: 'Donner à cette campagne',
    frequency: 'Fréquence',
    once: 'Une fois',
    monthly: 'Chaque mois',
    currency: 'Devise',
    amount: 'Montant',
    customAmount: 'Autre montant',
    coverFee:
      'Ajouter un peu pour couvrir les frais de paiement, afin que tout le don parvienne à l’organisation',
    anonymous: 'Donner anonymement : votre nom n’est jamais affiché publiquement',
    dedication: 'Dédier ce don',
    dedicationNone: 'Sans dédicace',
    dedicationHonour: 'En l’honneur de',
    dedicationMemory: 'En mémoire de',
    dedicationName: 'Nom de la personne',
    message: 'Un message à l’organisation (facultatif)',
    updatesOptIn: 'M’envoyer par e-mail des nouvelles de cette campagne',
    submit: 'Continuer vers le paiement',
    notConfiguredTitle: 'Merci : votre don n’est pas encore pris',
    notConfigured:
      'Le paiement en ligne n’est pas encore configuré pour ce service : rien n’a été débité. Merci de réessayer plus tard.',
    backToCampaign: 'Retour à la campagne',
    errorsTitle: 'Merci de vérifier le formulaire',
  },
  errors: {
    amountRequired: 'Choisissez ou saisissez un montant.',
    amountInvalid: 'Saisissez un montant comme 25 ou 25,50.',
    amountTooSmall: (min) => `Le don minimum est de ${min}.`,
    amountTooLarge: (max) => `Le don maximum en ligne est de ${max}.`,
    amountStep: 'Cette devise accepte des montants par pas de 0,010.',
    currencyNotAccepted: 'Cette campagne n’accepte pas cette devise.',
    dedicationNameRequired: 'Indiquez le nom de la personne à qui le don est dédié.',
    tooLong: (max) => `${max} caractères au maximum.`,
    invalid: 'Cette valeur n’est pas valide.',
  },
  checkout: {
    feeCoverLine: 'Frais de paiement couverts par le donateur',
    languageNoticeTitle: 'La page de paiement est en anglais',
    languageNotice:
      'Notre prestataire de paiement ne propose pas sa page dans votre langue : elle s’affichera en anglais. Votre reçu sera dans votre langue.',
    continue: 'Continuer vers la page de paiement sécurisée',
    unavailable:
      'Le service de paiement ne répond pas pour le moment. Rien n’a été débité ; merci de réessayer dans quelques minutes.',
  },
  thanks: {
    receivedTitle: 'Merci ! Votre don a bien été reçu',
    received: (amount) =>
      `Nous avons bien reçu votre don de ${amount}. Un reçu vous est envoyé par e-mail.`,
    processingTitle: 'Merci ! Votre paiement est en cours de traitement',
    processing:
      'Votre banque traite le paiement. Cela peut prendre quelques jours ; nous vous enverrons votre reçu dès qu’il sera confirmé.',
    failedTitle: 'Le paiement n’a pas abouti',
    failed:
      'Votre banque n’a pas effectué le paiement et rien n’a été prélevé. Vous pouvez réessayer avec un autre moyen.',
    notCompletedTitle: 'Votre don n’a pas été finalisé',
    notCompleted: 'Le paiement n’a pas été finalisé et rien n’a été débité.',
    tryAgain: 'Réessayer',
  },
  notFound: {
    title: 'Page introuvable',
    body: 'Nous n’avons pas trouvé cette page. La campagne a peut-être changé d’adresse ou pris fin.',
    home: 'Voir toutes les organisations',
  },
  guard: {
    title: 'Votre don n’a pas été envoyé',
    back: 'Retour à la campagne',
    tooLarge:
      'Le formulaire a envoyé plus que cette page n’accepte. Rien n’a été débité ; merci de revenir en arrière et de réessayer.',
    unsupported:
      'Le formulaire a été envoyé d’une façon que cette page n’accepte pas. Rien n’a été débité ; merci de revenir en arrière et de réessayer.',
    formExpired:
      'Ce formulaire a expiré ou a été envoyé depuis un autre site. Rien n’a été débité ; merci de revenir à la campagne et de réessayer.',
    notSent:
      'Le formulaire n’a pas pu être envoyé. Rien n’a été débité ; merci de revenir en arrière et de réessayer.',
    challengeFailed:
      'Nous n’avons pas pu confirmer qu’une personne a envoyé ce formulaire. Rien n’a été débité ; merci de revenir en arrière et de réessayer.',
    rateLimited:
      'Il y a eu beaucoup de tentatives depuis votre connexion en peu de temps. Rien n’a été débité ; merci de patienter quelques minutes avant de réessayer.',
    busy: 'Beaucoup de personnes donnent en ce moment. Rien n’a été débité ; merci de patienter une minute avant de réessayer.',
    honeypot: 'Laissez ce champ vide',
  },
  footer:
    'Les dons sont traités de manière sécurisée par Stripe. Aucune donnée de carte n’est conservée ici.',
} satisfies Messages;
