import { factories } from '@strapi/strapi';
import { SECTION_UID } from '../../../content-model/uids';

export default factories.createCoreController(SECTION_UID);
