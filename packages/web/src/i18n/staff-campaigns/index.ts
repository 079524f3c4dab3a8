import type { Locale } from '@haven/core';
import { ar } from './ar';
import { type CampaignMessages, en } from './en';
import { es } from './es';
import { fr } from './fr';

export type { CampaignMessages };

const catalogues: Record<Locale, CampaignMessages> = { en, fr, es, ar };

export const campaignMessagesFor = (locale: Locale): CampaignMessages => catalogues[locale];
