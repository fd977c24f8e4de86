// The languages the engine reads, each one record of `Cues`.
import type { Cues, Language } from './cues.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';

export const CUES: Record<Language, Cues> = { fr, nl, en };

/** Every language, in the order their words are tried when a pattern holds all of them. */
export const ALL_CUES: readonly Cues[] = [fr, nl, en];
