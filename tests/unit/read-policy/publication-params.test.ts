import { publicPublicationParamProblem } from '../../../src/read-policy/publication-params';

describe('the publication parameters the public may send', () => {
  it.each([{}, { status: 'published' }, { status: undefined, publicationFilter: null }])(
    'accepts %j: nothing but published rows',
    (params) => {
      expect(publicPublicationParamProblem(params)).toBeNull();
    }
  );

  it.each([
    [{ status: 'draft' }, /^status/],
    [{ status: 'DRAFT' }, /^status/],
    [{ status: ['published', 'draft'] }, /^status/],
    [{ publicationFilter: 'modified' }, /^publicationFilter/],
    [{ publicationFilter: 'has-published-version' }, /^publicationFilter/],
    [{ hasPublishedVersion: false }, /^hasPublishedVersion/],
    [{ hasPublishedVersion: 'true' }, /^hasPublishedVersion/],
  ])('refuses %j, naming the parameter', (params, name) => {
    expect(publicPublicationParamProblem(params)).toMatch(name);
  });
});
