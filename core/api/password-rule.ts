// The password rule, in one place: the schemas (first administrator, new account, own change,
// administrator's reset), the services (the names it must not hold) and the CLI all ask it.
// No library: zxcvbn is not a dependency, and a short list of the passwords an office's
// clerks are known to choose (Indonesian ones too) catches most of what a guesser tries first.

export const passwordLength = { min: 10, max: 200 } as const;

/** What failed, as a message key's last part: validation.<key> (form) and auth.<key> (CLI). */
export type PasswordProblem =
  | 'passwordShort'
  | 'passwordLong'
  | 'passwordBlank'
  | 'passwordRepeated'
  | 'passwordSequence'
  | 'passwordCommon'
  | 'passwordHasName';

// Compared in lower case, with digits and signs at either end taken off ("Bismillah123!" is "bismillah").
const common = new Set([
  'password', 'passw0rd', 'p@ssw0rd', 'pass', 'admin', 'administrator', 'root', 'user', 'login', 'welcome', 'letmein', 'iloveyou', 'qwerty',
  'qwertyuiop', 'asdfgh', 'asdfghjkl', 'zxcvbnm', 'abc', 'abcd', 'abcdef', 'monkey', 'dragon', 'football', 'sunshine', 'princess', 'secret',
  'bismillah', 'indonesia', 'sayang', 'sayangku', 'rahasia', 'katasandi', 'kata sandi', 'kata-sandi', 'sandi', 'sandiku', 'cinta', 'cintaku',
  'merdeka', 'garuda', 'pancasila', 'jakarta', 'bandung', 'surabaya', 'bali', 'alhamdulillah', 'insyaallah', 'masuk', 'rahasiaku', 'lindung',
  'disnaker', 'dinas', 'kantor', 'pegawai', 'operator', 'petugas', 'bpjs', 'ketenagakerjaan', 'bpjsketenagakerjaan', 'tenagakerja',
  'anjing', 'kucing', 'doraemon', 'naruto', 'persib', 'persija', 'arema', 'bonek', 'aremania', 'jakmania', 'bobotoh',
]);
// Passwords that are common as they stand (the ends are part of them).
const commonWhole = new Set(['12345678', '123456789', '1234567890', '87654321', '11111111', '00000000', 'admin123', 'qwerty123', 'password1', 'password123', 'abc12345', 'abcd1234', '1q2w3e4r', '1q2w3e4r5t', 'qazwsx123', 'zaq12wsx']);

// Keys in a row and the alphabet: a run of these, either way, is a sequence.
const runs = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p'];

const isRepeated = (s: string): boolean => {
  // One character, or a short piece repeated ("abab…", "123123…").
  for (let n = 1; n <= 3; n++) {
    if (s.length > n && s.length % n === 0 && s.slice(0, n).repeat(s.length / n) === s) return true;
  }
  return false;
};

const isSequence = (s: string): boolean => {
  const step = s.charCodeAt(1) - s.charCodeAt(0);
  if (Math.abs(step) === 1 && [...s].every((c, i) => i === 0 || c.charCodeAt(0) - s.charCodeAt(i - 1) === step)) return true;
  const back = [...s].reverse().join('');
  return runs.some((run) => run.includes(s) || run.includes(back) || (run + run).includes(s) || (run + run).includes(back));
};

const fold = (s: string): string => s.normalize('NFKC').toLowerCase();
const letters = (s: string): string => fold(s).replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The first thing wrong with a password, or null when it is good. Judged on the text without
 * the spaces at its ends (stored as typed): "  password  " is as weak as "password".
 */
export function passwordProblem(password: string, names: { username?: string | null; displayName?: string | null } = {}): PasswordProblem | null {
  if (password.length > passwordLength.max) return 'passwordLong';
  const text = fold(password.trim());
  if (text === '') return 'passwordBlank';
  if ([...text].length < passwordLength.min) return 'passwordShort';
  // What is left without the digits and signs at its ends: "abcdefgh12" is still a sequence.
  const core = text.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  const judged = core.length >= 3 ? [text, core] : [text];
  if (judged.some(isRepeated)) return 'passwordRepeated';
  if (judged.some(isSequence)) return 'passwordSequence';
  if (commonWhole.has(text) || common.has(text) || common.has(core) || common.has(letters(text))) return 'passwordCommon';
  const squeezed = letters(password);
  const username = names.username ? letters(names.username) : '';
  const displayName = names.displayName ? letters(names.displayName) : '';
  // The username (3 or more characters), the whole display name, or one of its words of 4 or more letters.
  const nameWords = (names.displayName ?? '').split(/\s+/).map(letters).filter((w) => w.length >= 4);
  if ((username.length >= 3 && squeezed.includes(username)) || (displayName.length >= 3 && squeezed.includes(displayName)) || nameWords.some((w) => squeezed.includes(w))) {
    return 'passwordHasName';
  }
  return null;
}
