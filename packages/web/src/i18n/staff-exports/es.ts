import type { ExportMessages } from './en';

export const es = {
  title: 'Exportaciones',
  intro:
    'Archivos para hoja de cálculo (CSV, UTF-8) de los pagos que elija. Los importes son números en las unidades de cada moneda, con la moneda en su propia columna.',
  from: 'Desde (primer día)',
  to: 'Hasta (último día)',
  campaign: 'Campaña',
  anyCampaign: 'Todas las campañas',
  currency: 'Moneda',
  anyCurrency: 'Todas las monedas',
  kind: 'Archivo',
  kinds: {
    donations: 'Donaciones (una fila por pago)',
    journal: 'Diario (cada línea del libro mayor, por moneda)',
    payouts: 'Transferencias (de qué se compone cada transferencia bancaria)',
  },
  download: 'Descargar',
  badFilter:
    'Elija un primer y un último día (el primero no después del último), y una campaña y una moneda de esta organización.',
  background: 'Archivos en preparación',
  backgroundIntro: (limit: number) =>
    `Una exportación de más de ${limit} pagos se prepara en segundo plano; su enlace aparece aquí y funciona unos minutos cada vez que abre esta página.`,
  queuedTitle: 'Su archivo se está preparando',
  queued:
    'Es demasiado grande para descargarlo de una vez. Aparecerá en la página de exportaciones cuando esté listo.',
  backToExports: 'Volver a las exportaciones',
  none: 'Ningún archivo preparado recientemente.',
  requested: 'Pedido el',
  status: 'Estado',
  rows: 'Filas',
  statuses: { pending: 'en preparación', done: 'listo', failed: 'falló' },
  fetch: 'Descargar',
  statements: {
    title: 'Certificados anuales',
    intro:
      'Las donaciones de una persona en un año (su ejercicio fiscal, que empieza en enero salvo que lo cambie en la configuración; un año lleva el nombre del año en que empieza), descontados los reembolsos, por moneda, en su idioma con su texto de deducibilidad: imprímalo o guárdelo como PDF.',
    email: 'Correo electrónico del donante',
    year: 'Año',
    show: 'Mostrar el certificado',
    bad: 'Escriba un correo electrónico completo y un año.',
  },
} satisfies ExportMessages;
