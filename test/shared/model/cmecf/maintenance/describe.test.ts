import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../../../../shared/model/describe';
import type { TrainerEvent } from '../../../../../shared/model/events';
import { brandtAtAccountScreen, DOCKETING, emailFields, findAgent, FORMS, MARCUS } from './desk';

/** The results and replay screens say what the trainee did on these screens, in the court's words. */

const post = (form: string, button: string, fields: Record<string, string> = {}): TrainerEvent => ({
  type: 'form/submitted',
  form,
  button,
  fields,
  secrets: {},
});

describe('what the trainee did, in words', () => {
  it('names the buttons and what was typed', () => {
    const attempt = brandtAtAccountScreen();
    const world = attempt.world;
    expect(describeEvent(post(FORMS.account, 'email-information'), world)).toBe('Clicked Email Information on "Maintain User Account"');
    expect(describeEvent(post(FORMS.account, 'submit'), world)).toBe('Clicked Submit on "Maintain User Account"');
    expect(describeEvent(post(FORMS.email, 'return-to-account-screen', emailFields({ secondaryEmail: DOCKETING, toSecondary: 'on' })), world)).toBe(
      `Entered secondary e-mail address "${DOCKETING}", notices to the secondary addresses and clicked Return to Account Screen`,
    );
    expect(describeEvent(post(FORMS.find, 'search', { filingAgentName: 'Oyelaran' }), world)).toBe('Searched Find Filing Agent for "Oyelaran"');
    findAgent(attempt, 'Oyelaran');
    expect(describeEvent(post(FORMS.select, 'select', { filingAgent: MARCUS.ecfId }), attempt.world)).toBe('Selected filing agent Marcus D. Oyelaran');
    expect(describeEvent(post(FORMS.permissions, 'save', { filingAgent: MARCUS.ecfId, internetPayment: 'Y' }), world)).toBe(
      'Set Internet Payment to Y and clicked Save',
    );
    expect(describeEvent(post(FORMS.changeUser, 'submit', { principal: 'brandt-mow' }), world)).toBe('Chose to file for Lauren K. Brandt');
    expect(describeEvent(post(FORMS.changeUser, 'submit', { principal: 'constructor' }), world)).toBe('Chose to file for an account the court does not have');
  });
});
