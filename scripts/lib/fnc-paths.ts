import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repo root, from this file's place (scripts/lib/), so scripts work from any working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The FNC-1 training files stay outside the repo (never copied in): ../shared/bench-data/fnc1. */
export const FNC1_DIR = resolve(REPO_ROOT, '../shared/bench-data/fnc1');
export const DEFAULT_STANCES = resolve(FNC1_DIR, 'train_stances.csv');
export const DEFAULT_BODIES = resolve(FNC1_DIR, 'train_bodies.csv');
export const LEARNED_DIR = resolve(REPO_ROOT, 'src/match/learned');
