/**
 * One storage item per setting, for saving (settings/write.ts). Reads go through
 * model/settings.ts's validators, so a bad value falls back to its default and the others stay.
 */
import { DEFAULT_SETTINGS } from '../model/settings';
import { localItem } from './local-item';

export const kindsItem = localItem<unknown>('kinds', DEFAULT_SETTINGS.kinds);
export const sitesOffItem = localItem<unknown>('sitesOff', []);
export const dailyCapItem = localItem<unknown>('dailyCap', DEFAULT_SETTINGS.dailyCap);
export const regionItem = localItem<unknown>('region', null);
export const otherSitesItem = localItem<unknown>('otherSites', false);
