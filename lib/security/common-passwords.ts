// The most common passwords of public breach corpora (top entries of the SecLists
// "10k most common" list, 8+ characters since shorter ones fail the length rule anyway).
const COMMON_PASSWORDS = new Set([
  '12345678', '123456789', '1234567890', 'password', 'password1', 'password12', 'password123',
  'passw0rd', 'p@ssw0rd', 'p@ssword', 'qwertyuiop', 'qwerty123', 'qwerty12', '1q2w3e4r', '1q2w3e4r5t',
  '1qaz2wsx', 'zaq12wsx', 'iloveyou', 'sunshine', 'princess', 'football', 'baseball', 'welcome1',
  'welcome123', 'abc12345', 'abcd1234', '11111111', '00000000', '88888888', '12341234', '87654321',
  'superman', 'starwars', 'trustno1', 'whatever', 'dragon12', 'michelle', 'jennifer', 'computer',
  'corvette', 'mercedes', 'master12', 'letmein1', 'letmein123', 'changeme', 'changeme123', 'admin123',
  'administrator', 'qwertyui', 'asdfghjk', 'asdfasdf', 'zxcvbnm1', 'zxcvbnm123', 'football1',
  'baseball1', 'shadow12', 'monkey12', 'michael1', 'charlie1', 'liverpool', 'chelsea1', 'arsenal1',
  'samsung1', 'internet', 'blink182', 'pokemon1', 'qazwsxedc', 'q1w2e3r4', 'q1w2e3r4t5', 'aa123456',
  'a1234567', 'a12345678', 'pass1234', 'test1234', 'testtest', 'iloveyou1', 'lovely12', 'superman1',
  'batman12', 'secret12', 'hello123', 'freedom1', 'whatever1', 'nicole12', 'jessica1', 'daniel12',
  'jordan23', 'hunter12', 'killer12', 'ashley12', 'summer12', 'access14', 'mustang1', 'maverick',
  'starwars1', 'qwerty1234', '123123123', '123321123', '987654321', '147258369', '789456123',
  'fuckyou1', 'babygirl', 'butterfly', 'sunshine1', 'princess1', 'password!', 'password1!',
  'welcome!', 'letmein!', 'p@ssw0rd1', 'passw0rd1', 'pa$$word', 'pa55word', 'pingtopass',
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
