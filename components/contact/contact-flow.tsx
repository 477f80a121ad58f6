'use client';

import { type ReactNode, useActionState } from 'react';
import type { ContactActionState } from '@/app/[locale]/(site)/contact/actions';
import { ContactConfirmation, type ContactConfirmationProps } from './contact-confirmation';
import { ContactForm, type ContactFormProps, EMPTY_CONTACT_STATE } from './contact-form';

export interface ContactFlowProps {
  action: (state: ContactActionState, form: FormData) => Promise<ContactActionState>;
  /** The page above the form (title, chooser, channels), rendered on the server. */
  before: ReactNode;
  /** The form section's heading and intro, rendered on the server; the heading has id `contact-form-title`. */
  formIntro: ReactNode;
  confirmation: Omit<ContactConfirmationProps, 'code'>;
  form: Omit<ContactFormProps, 'state' | 'formAction' | 'pending'>;
}

/**
 * The contact page's two states: the form, or, once a request is stored, the confirmation with its reference code.
 * The confirmation is the answer to the post itself (rendered by the server without JavaScript, by React with it),
 * so the code never appears in an address and thus never in the history of a shared phone.
 */
export function ContactFlow({ action, before, formIntro, confirmation, form }: ContactFlowProps) {
  const [state, formAction, pending] = useActionState<ContactActionState, FormData>(
    action,
    EMPTY_CONTACT_STATE,
  );
  if (state.ok) return <ContactConfirmation {...confirmation} code={state.reference} />;
  return (
    <>
      {before}
      <section aria-labelledby="contact-form-title" className="mt-10">
        {formIntro}
        <ContactForm {...form} state={state} formAction={formAction} pending={pending} />
      </section>
    </>
  );
}
