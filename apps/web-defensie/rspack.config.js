module.exports = require('../../tools/web/rspack-config').createConfig({
  app: 'web-defensie',
  name: 'web_defensie',
  exposes: { './App': './src/app.tsx' },
});
