import { factories } from '@strapi/strapi';
import { SOURCE_UID } from '../../../content-model/uids';

export default factories.createCoreController(SOURCE_UID);
