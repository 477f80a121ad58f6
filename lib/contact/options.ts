// The contact form's vocabulary: option values, field order and error keys. Free of zod and
// libphonenumber so that components rendering radio buttons or translating errors stay light.

export const AUDIENCES = ['recipient', 'parent', 'professional'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const TOPICS = ['addiction', 'money', 'exit', 'other'] as const;
export type Topic = (typeof TOPICS)[number];

// 'conversation': the answer is given on this site, read with a conversation key; no phone number or e-mail needed.
export const REACHES = ['none', 'phone', 'sms', 'whatsapp', 'email', 'conversation'] as const;
export type Reach = (typeof REACHES)[number];
export const PHONE_REACHES = ['phone', 'sms', 'whatsapp'] as const;
export type PhoneReach = (typeof PHONE_REACHES)[number];

export const WHEN_PRESETS = ['any', 'morning', 'afternoon', 'evening'] as const;

export const MESSAGE_MAX_CODE_POINTS = 2000;
export const EMAIL_MAX_LENGTH = 254;

/** Form order, for the error summary at the top of the form. */
export const CONTACT_FIELDS = [
  'audience',
  'topic',
  'message',
  'reach',
  'phone',
  'email',
  'when',
  'mayIdentify',
  'wave',
  'arm',
  'locale',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** Every key parseContactForm can return; the UI needs a translation for each. */
export const CONTACT_ERROR_KEYS = [
  'audienceRequired',
  'audienceInvalid',
  'topicRequired',
  'topicInvalid',
  'messageInvalid',
  'messageTooLong',
  'messageRequiredWhenNoReach',
  'messageRequiredForConversation',
  'reachRequired',
  'reachInvalid',
  'phoneRequired',
  'phoneInvalid',
  'emailRequired',
  'emailInvalid',
  'whenInvalid',
  'mayIdentifyInvalid',
] as const;
export type ContactErrorKey = (typeof CONTACT_ERROR_KEYS)[number];
