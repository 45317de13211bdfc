/** The project's seeded generator, so property tests and fuzzers are reproducible. */
export { Random } from '../../../src/core/random';
