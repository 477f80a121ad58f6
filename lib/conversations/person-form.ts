// The conversation page's vocabulary: what a post may ask for and every error the person can be shown. Free of zod
// so the components that translate these stay light; the schema sits beside the server action.

export const CONVERSATION_INTENTS = ['open', 'write', 'delete'] as const;
export type ConversationIntent = (typeof CONVERSATION_INTENTS)[number];

export const CONVERSATION_FIELD_ERRORS = [
  'keyRequired',
  'keyInvalid',
  'messageRequired',
  'messageTooLong',
] as const;
export type ConversationFieldError = (typeof CONVERSATION_FIELD_ERRORS)[number];
export type ConversationFieldErrors = Partial<Record<'key' | 'message', ConversationFieldError>>;

/** A wrong, expired or deleted key are all `notFound`: the answer must not tell them apart. */
export const CONVERSATION_FORM_ERRORS = ['notFound', 'throttledSoon', 'throttledAt', 'unavailable'] as const;
export type ConversationFormError = (typeof CONVERSATION_FORM_ERRORS)[number];
