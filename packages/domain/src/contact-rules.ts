/**
 * What an e-mail address and a phone number must look like, wherever people enter them (the people form,
 * the list import): one rule, so an address the form refuses is not let in by a spreadsheet.
 */

/** No blanks and no invisible or control characters (`\p{C}`): the address is shown and will head mails. */
export const EMAIL_PATTERN = /^[^\s@\p{C}]+@[^\s@\p{C}]+\.[^\s@\p{C}]+$/u;
export const EMAIL_MAX_LENGTH = 254;
export const PHONE_PATTERN = /^[0-9+()/\s.-]*$/;
export const PHONE_MAX_LENGTH = 40;
