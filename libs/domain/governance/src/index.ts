export * from './parties';
export * from './meldkamers';
export * from './smb-signals';
export * from './cycle';
export * from './bbp';
export * from './messages';
export * from './agenda-kinds';
export * from './reminders';
