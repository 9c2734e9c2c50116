/**
 * One storage item per setting. Every read goes through the validators in schema.ts, so a bad
 * value falls back to its default and the other settings stay.
 */
import { localItem } from './local-item';
import { DEFAULT_SETTINGS, type Settings } from './schema';

export const kindsItem = localItem<unknown>('kinds', DEFAULT_SETTINGS.kinds);
export const sitesOffItem = localItem<unknown>('sitesOff', []);
export const dailyCapItem = localItem<unknown>('dailyCap', DEFAULT_SETTINGS.dailyCap);
export const regionItem = localItem<unknown>('region', null);
export const otherSitesItem = localItem<unknown>('otherSites', false);
export const photoScopeItem = localItem<unknown>('photoScope', DEFAULT_SETTINGS.photoScope);

/** The storage keys behind the settings, for listeners that watch them change. */
export const SETTINGS_KEYS = ['kinds', 'sitesOff', 'dailyCap', 'region', 'otherSites', 'photoScope'] as const;

export type SettingsPatch = Partial<Settings>;
