export { CatalogueBrowser } from './catalogue-browser';
