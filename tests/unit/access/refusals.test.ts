import { actionOfHandler, refusalMessage } from '../../../src/access/refusals';

describe('the action a refused route does', () => {
  it.each([
    ['collection-types.create', 'create'],
    ['collection-types.clone', 'create'],
    ['collection-types.update', 'update'],
    ['single-types.createOrUpdate', 'update'],
    ['collection-types.bulkPublish', 'publish'],
    ['collection-types.unpublish', 'unpublish'],
    ['collection-types.discard', 'discard'],
    ['collection-types.bulkDelete', 'delete'],
    ['api::article.article.findOne', 'read'],
    ['api::article.article.delete', 'delete'],
  ])('%s is %s', (handler, action) => {
    expect(actionOfHandler(handler)).toBe(action);
  });

  it('is none for a handler that is not a content action, or not a name', () => {
    expect(actionOfHandler('collection-types.countDraftRelations')).toBeNull();
    expect(actionOfHandler('api::article.article.toString')).toBeNull();
    expect(actionOfHandler(() => undefined)).toBeNull();
  });
});

describe('a refusal message', () => {
  it('names the locale refused and the ones the role works in', () => {
    expect(
      refusalMessage({
        by: 'role',
        action: 'publish',
        what: 'articles',
        locale: 'ru',
        allowedLocales: ['az', 'tr'],
      })
    ).toBe(
      'You may not publish articles in the "ru" locale. Your role may publish articles in "az", "tr" only.'
    );
  });

  it('says "in any locale" when the role may do it in none', () => {
    expect(refusalMessage({ by: 'role', action: 'delete', what: 'articles', locale: 'ru' })).toBe(
      'Your role may not delete articles in any locale.'
    );
  });

  it('does not claim the locale is the reason when the role may write it', () => {
    expect(
      refusalMessage({
        by: 'role',
        action: 'update',
        what: 'articles',
        locale: 'az',
        allowedLocales: ['az'],
      })
    ).toBe('Your role does not allow this change to articles in the "az" locale.');
  });

  it('names no locale for a content type without locales, or a locale that does not exist', () => {
    expect(refusalMessage({ by: 'role', action: 'update', what: 'sources' })).toBe(
      'Your role may not edit sources.'
    );
  });

  it('speaks of the token for an API token', () => {
    expect(refusalMessage({ by: 'api-token', action: 'create', what: 'articles' })).toBe(
      'This API token may not create articles.'
    );
  });
});
