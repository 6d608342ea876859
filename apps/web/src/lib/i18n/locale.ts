/** The UI locale as Paraglide knows it, and the matching Intl locale for dates. */
import { getLocale, locales, setLocale, type Locale } from '$lib/paraglide/runtime';

export { getLocale, locales, setLocale, type Locale };

const INTL_LOCALES: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

export function intlLocale(locale: Locale = getLocale()): string {
  return INTL_LOCALES[locale];
}
