/** Chat rules, one file per site (named after the site rule's id). */
import type { ChatRule } from './types';
import { whatsappChat } from './whatsapp';
import { telegramChat } from './telegram';
import { discordChat } from './discord';
import { xChat } from './x';
import { instagramChat } from './instagram';
import { messengerChat } from './messenger';
import { twitchChat } from './twitch';

export const CHAT_RULES: readonly ChatRule[] = [whatsappChat, telegramChat, discordChat, xChat, instagramChat, messengerChat, twitchChat];
