// The team's reply promise ("an answer within 2 working days") as instants, for the figures and the visitor page.
// Working days are Monday to Friday except Dutch public holidays, in Amsterdam time.
import { addLocalDays, fromAmsterdam, toAmsterdam, weekdayOf } from '@/lib/routing/amsterdam-time';
import { isDutchPublicHoliday } from '@/lib/routing/holidays';
import type { LocalDate } from '@/lib/routing/types';

export function isWorkingDay(date: LocalDate): boolean {
  return weekdayOf(date) <= 5 && !isDutchPublicHoliday(date);
}

/**
 * The end of the promise for a message sent at `sentAt`: midnight after the `workingDays`-th working day following
 * the day it was sent. A message on Friday with a promise of 2 working days is due by the end of Tuesday.
 */
export function replyDeadline(sentAt: Date, workingDays: number): Date {
  let day = toAmsterdam(sentAt).date;
  for (let counted = 0; counted < workingDays;) {
    day = addLocalDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return fromAmsterdam(addLocalDays(day, 1), 0);
}

/** Whether the first answer came within the promise; null while unanswered and the promise has not yet run out. */
export function answeredWithinPromise(
  conversation: { receivedAt: Date; firstAnsweredAt: Date | null },
  workingDays: number,
  now: Date,
): boolean | null {
  const deadline = replyDeadline(conversation.receivedAt, workingDays);
  if (conversation.firstAnsweredAt) return conversation.firstAnsweredAt.getTime() < deadline.getTime();
  return now.getTime() >= deadline.getTime() ? false : null;
}
