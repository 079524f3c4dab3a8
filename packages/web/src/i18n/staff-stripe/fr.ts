import type { StripeMessages } from './en';

export const fr = {
  title: 'Paiements Stripe',
  intro:
    'Les dons à votre organisation sont encaissés sur son propre compte Stripe : l’argent est à vous dès le départ, et Stripe le verse sur votre compte bancaire.',
  status: {
    unconnected: 'Non connecté : vos campagnes ne peuvent pas encore recevoir de dons.',
    onboarding: 'Inscription inachevée : Stripe a encore besoin de vos informations.',
    restricted:
      'Restreint : Stripe a suspendu les paiements sur votre compte. Vos campagnes ne reçoivent plus de dons jusqu’à ce que Stripe les réactive.',
    connected: 'Connecté : vos campagnes reçoivent les dons sur votre compte Stripe.',
  },
  account: 'Compte Stripe',
  connect: 'Se connecter avec Stripe',
  continue: 'Continuer sur Stripe',
  noConnect:
    'Ce service fonctionne pour une seule organisation : les dons vont sur son compte Stripe.',
  unavailableTitle: 'Stripe est indisponible',
  unavailable: 'Stripe n’a pas pu être joint. Rien n’a changé : réessayez dans un instant.',
  returned: 'De retour de Stripe : l’état ci-dessous est celui que Stripe indique maintenant.',
  homeLine: (status: string) => `Stripe : ${status}`,
  homeLink: 'Gérer les paiements Stripe',
  short: {
    unconnected: 'non connecté',
    onboarding: 'inscription inachevée',
    restricted: 'restreint',
    connected: 'connecté',
  },
} satisfies StripeMessages;
