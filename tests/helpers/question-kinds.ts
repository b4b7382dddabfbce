/**
 * A matching and an ordering version's options for tests: premises a→d, b→e, c→f (g is a
 * distractor response); ordering items a–d in the right order.
 */
export const MATCHING_OPTIONS = [
  { id: 'a', text: 'S3', correct: false, match: 'd' },
  { id: 'b', text: 'EC2', correct: false, match: 'e' },
  { id: 'c', text: 'RDS', correct: false, match: 'f' },
  { id: 'd', text: 'Object storage', correct: false },
  { id: 'e', text: 'Virtual machines', correct: false },
  { id: 'f', text: 'Managed SQL', correct: false },
  { id: 'g', text: 'DNS', correct: false },
];
export const ORDERING_OPTIONS = ['a', 'b', 'c', 'd'].map((id) => ({
  id,
  text: `Step ${id}`,
  correct: false,
}));
