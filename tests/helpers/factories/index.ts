// Factories insert straight into the worker's test database (so a test does not depend on the
// flows it is not about), with sensible defaults that any override replaces, and return ids.
// One module per kind of row; tests import them all from here.
export * from './users';
export * from './exams';
export * from './questions';
export * from './attempts';
export * from './reviews';
