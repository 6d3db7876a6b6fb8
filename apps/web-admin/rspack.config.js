module.exports = require('../../tools/web/rspack-config').createConfig({
  app: 'web-admin',
  name: 'web_admin',
  exposes: { './App': './src/app.tsx' },
});
