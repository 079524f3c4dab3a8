import type { StatementSendMessages } from './en';

export const fr = {
  period: (label: string) => `Période : ${label}`,
  sendOne: 'Envoyer ce relevé au donateur par e-mail',
  sentOne: 'Le relevé part vers le donateur, dans sa langue.',
  bulkTitle: 'Envoyer à chaque donateur son relevé',
  bulkIntro: (label: string) =>
    `Chaque personne qui a donné en ${label} reçoit un e-mail avec son relevé, dans sa langue. Un nouvel envoi ne touche que les donateurs qui ne l’ont pas encore reçu. Les donateurs effacés et les dons sans adresse ne reçoivent rien.`,
  bulkSend: 'Envoyer à tous les donateurs',
  bulkQueued:
    'L’envoi a commencé : les chiffres ci-dessous augmentent à mesure que les e-mails partent.',
  counts: (c: { queued: number; sent: number; failed: number }) =>
    `${c.queued} en file, ${c.sent} envoyés, ${c.failed} non envoyés`,
  notYet: 'Pas encore envoyé à tous les donateurs.',
  noGift: 'Cette adresse n’a rien donné cette année-là : aucun relevé n’a été envoyé.',
  badYear: 'Choisissez une année entre 2000 et 2100.',
} satisfies StatementSendMessages;
