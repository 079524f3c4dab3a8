import type { AccountMessages } from './en';

export const fr = {
  title: 'Plan comptable',
  intro:
    'Donnez à chaque compte le numéro et le nom qu’il a dans votre propre comptabilité : la page du grand livre et l’export du journal les affichent. Un nom vide rétablit les noms par défaut, dans toutes les langues.',
  code: 'Compte',
  defaultName: 'Nom par défaut',
  number: 'Numéro',
  name: 'Votre nom pour ce compte',
  save: 'Enregistrer les noms',
  saved: 'Les comptes sont renommés.',
  invalid:
    'Chaque nom doit compter au plus 80 caractères, et chaque numéro de 1 à 20 caractères. Rien n’a été modifié.',
  conflict:
    'Quelqu’un a renommé ces comptes entre-temps : les voici tels qu’ils sont. Rien n’a été modifié.',
  link: 'Renommer les comptes',
} satisfies AccountMessages;
