// The large agency for benchmarks and `rapport demo --scale N`.
export { buildScale, type ScaleProgress, type ScaleSummary } from './build.ts';
export { eventShares, generateScale, scaleSizes, type ScaleClient, type ScaleOptions, type ScaleSizes } from './generate.ts';
