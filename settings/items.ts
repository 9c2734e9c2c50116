/**
 * One storage item per setting (WXT storage). Every read goes through the validators in
 * schema.ts, so a bad value falls back to its default and the other settings stay.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './schema';

export const kindsItem = storage.defineItem<unknown>('local:kinds', { fallback: DEFAULT_SETTINGS.kinds });
export const sitesOffItem = storage.defineItem<unknown>('local:sitesOff', { fallback: [] });
export const dailyCapItem = storage.defineItem<unknown>('local:dailyCap', { fallback: DEFAULT_SETTINGS.dailyCap });
export const regionItem = storage.defineItem<unknown>('local:region', { fallback: null });
export const otherSitesItem = storage.defineItem<unknown>('local:otherSites', { fallback: false });

/** The storage keys behind the settings, for listeners that watch them change. */
export const SETTINGS_KEYS = ['kinds', 'sitesOff', 'dailyCap', 'region', 'otherSites'] as const;

export type SettingsPatch = Partial<Settings>;
