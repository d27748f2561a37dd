/**
 * Removes personal data from a message before the learning log keeps it: email addresses, phone
 * numbers and long runs of digits (student ids, social security and card numbers).
 * @remarks Runs before anything is stored, never after: what leaves this function is all that is
 * ever written. It errs on the side of removing too much (a run of six digits is never a fee or a
 * year in this article's questions).
 */

/** What replaces each kind of personal data, so staff still see that something was there. */
export const REDACTED = { email: '[email]', phone: '[phone]', number: '[number]' } as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Ten or more digits in groups split by spaces, dots, dashes or brackets, with an optional +country code. */
const DIGIT_GROUPS = /(?<![\p{L}\p{N}])\+?\(?\d(?:[\s.()-]{0,2}\d){9,}(?![\p{L}\p{N}])/gu;
/** Phone numbers have at most 12 digits with their country code; longer runs are card or account numbers. */
const MAX_PHONE_DIGITS = 12;
/** Six or more digits, possibly split by single spaces, dots or dashes (123-45-6789, 1234 5678). */
const LONG_DIGITS = /\d(?:[\s.-]?\d){5,}/g;
/** Control, zero-width and bidirectional-override characters, which only hide what a text says. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

/** The text with email addresses, phone numbers and long digit runs replaced by {@link REDACTED} marks. */
export function redactPersonalData(text: string): string {
  return text
    .replace(EMAIL, REDACTED.email)
    .replace(DIGIT_GROUPS, (run) =>
      run.replace(/\D/g, '').length <= MAX_PHONE_DIGITS ? REDACTED.phone : REDACTED.number,
    )
    .replace(LONG_DIGITS, REDACTED.number);
}

/**
 * Redacted, on one line, without invisible characters, and at most `maxChars` long (cut at a word
 * boundary where there is one, marked with an ellipsis); empty when nothing readable is left.
 */
export function cleanForLog(text: string, maxChars: number): string {
  const oneLine = redactPersonalData(text.replace(INVISIBLE, ' ')).replace(/\s+/g, ' ').trim();
  if (oneLine.length <= maxChars) return oneLine;
  const cut = oneLine.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > maxChars / 2 ? cut.slice(0, space) : cut}…`;
}
