/** The 16 German states: defined in the domain, where the settings schema needs them too. */
export { GERMAN_STATE_CODES, type GermanStateCode } from '@schichtbrett/domain';
