/** The life of a contact request in the case workers' inbox, and which action may follow which status. */
export const REQUEST_STATUSES = ['new', 'picked_up', 'answered', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_ACTIONS = ['pickUp', 'markAnswered', 'close', 'reopen'] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

const NEXT: Record<RequestAction, { from: readonly RequestStatus[]; to: RequestStatus }> = {
  pickUp: { from: ['new', 'picked_up', 'answered'], to: 'picked_up' },
  markAnswered: { from: ['new', 'picked_up'], to: 'answered' },
  close: { from: ['new', 'picked_up', 'answered'], to: 'closed' },
  reopen: { from: ['closed'], to: 'picked_up' },
};

export function isRequestStatus(value: string): value is RequestStatus {
  return (REQUEST_STATUSES as readonly string[]).includes(value);
}

/** The status after `action`, or null when the action does not apply to a request in `status`. */
export function nextStatus(status: string, action: RequestAction): RequestStatus | null {
  const rule = NEXT[action];
  return (rule.from as readonly string[]).includes(status) ? rule.to : null;
}

/** A request still waiting for a first answer after `thresholdHours` is marked in the inbox. */
export function isWaitingTooLong(
  request: { status: string; receivedAt: Date },
  now: Date,
  thresholdHours: number,
): boolean {
  if (request.status !== 'new') return false;
  return now.getTime() - request.receivedAt.getTime() > thresholdHours * 3_600_000;
}
