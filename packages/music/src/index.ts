export * from './score.ts';
export * from './rng.ts';
export * from './brief/index.ts';
export * from './compose/index.ts';
export * from './lyrics/index.ts';
export * from './setting/index.ts';
