import type { AccountMessages } from './en';

export const es = {
  title: 'Plan de cuentas',
  intro:
    'Dé a cada cuenta el número y el nombre que tiene en su propia contabilidad: la página del libro mayor y la exportación del diario los muestran. Un nombre vacío devuelve los nombres predeterminados, en todos los idiomas.',
  code: 'Cuenta',
  defaultName: 'Nombre predeterminado',
  number: 'Número',
  name: 'Su nombre para ella',
  save: 'Guardar los nombres',
  saved: 'Las cuentas tienen su nuevo nombre.',
  invalid:
    'Cada nombre debe tener como máximo 80 caracteres y cada número de 1 a 20 caracteres. No se cambió nada.',
  conflict:
    'Alguien cambió el nombre de estas cuentas mientras tanto: aquí están ahora. No se cambió nada.',
  link: 'Cambiar el nombre de las cuentas',
} satisfies AccountMessages;
