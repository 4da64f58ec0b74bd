import { selfRegistrationEnabled } from '../../../src/access/user-accounts';

describe('selfRegistrationEnabled', () => {
  it.each([['on'], [' ON ']])('is on for CMS_USER_REGISTRATION=%p', (value) => {
    expect(selfRegistrationEnabled({ CMS_USER_REGISTRATION: value })).toBe(true);
  });

  it.each([[undefined], [''], ['off'], ['true'], ['yes']])('is off for %p', (value) => {
    expect(selfRegistrationEnabled({ CMS_USER_REGISTRATION: value })).toBe(false);
  });
});
