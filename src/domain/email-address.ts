/**
 * An email address as Gmail takes one: a local part, an @, and a domain of dot-separated labels,
 * none empty ("a@b..com" is refused by MailApp with "Invalid email"). Checked the same way in the
 * sidebar, in Settings and before mailing, so an address that passes one passes all.
 */
const EMAIL = /^[^\s@"<>()[\],;:]{1,64}@[^\s@"<>()[\],;:.]+(\.[^\s@"<>()[\],;:.]+)+$/u;

export const isEmailAddress = (text: string): boolean => EMAIL.test(text);
