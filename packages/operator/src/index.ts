export { createOrganisationAndOwner, NewOrganisation } from './create-org';
