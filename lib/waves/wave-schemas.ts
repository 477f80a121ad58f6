import { z } from 'zod';
import { waveCodeProblems } from './wave-code';

const PROBLEM_KEYS = {
  length: 'codeLength',
  characters: 'codeCharacters',
  reserved: 'codeReserved',
  tooGuessable: 'codeTooGuessable',
} as const;

/** A link code typed by an admin (a wave's or an arm's), its problems as message keys. */
export const linkCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .superRefine((code, context) => {
    const problem = waveCodeProblems(code)[0];
    if (problem) context.addIssue({ code: 'custom', message: PROBLEM_KEYS[problem] });
  });

/** The exact text of an SMS, with `{link}` where the link goes. */
export const smsTextSchema = z
  .string()
  .trim()
  .min(1, 'smsRequired')
  .max(1000, 'smsTooLong')
  .refine((text) => text.includes('{link}'), 'smsNeedsLink');
