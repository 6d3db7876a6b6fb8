export * from './catalogue';
export * from './bio';
export * from './csv-import';
export * from './oscal';
export * from './mappings';
export * from './bbn-profile';
export * from './framework-import';
export * from './messages';
