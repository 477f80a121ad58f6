// Public entry point of the helpline router; the other modules are implementation detail.
export { addLocalDays, fromAmsterdam, toAmsterdam } from './amsterdam-time';
export type { LocalParts } from './amsterdam-time';
export { dutchPublicHolidays, isDutchPublicHoliday } from './holidays';
export type { PublicHoliday } from './holidays';
export { formatDutchNational, telHref } from './phone-format';
export { isValidSchedule, route } from './route';
export type { RouteInput } from './route';
export { evaluateSchedule, statusAt } from './schedule';
export { channelProblems } from './validate';
export * from './types';
