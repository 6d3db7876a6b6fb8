export { CatalogueBrowser } from './catalogue-browser';
export { ImportWizard } from './import-wizard';
export { ProfileEditor } from './profile-editor';
export { PartyFrameworks } from './party-frameworks';
