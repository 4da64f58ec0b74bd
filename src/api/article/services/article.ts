import { factories } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-model/uids';

export default factories.createCoreService(ARTICLE_UID);
