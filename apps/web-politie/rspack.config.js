module.exports = require('../../tools/web/rspack-config').createConfig({
  app: 'web-politie',
  name: 'web_politie',
  exposes: { './App': './src/app.tsx' },
});
