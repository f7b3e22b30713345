export {conformanceCases, runConformance} from './run-conformance.js';
export type {ConformanceOptions, ConformanceReport, ConformanceResult} from './run-conformance.js';
export type {ConformanceCase} from './define-cases.js';
export {ConformanceError} from './expect.js';
