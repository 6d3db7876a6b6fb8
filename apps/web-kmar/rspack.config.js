module.exports = require('../../tools/web/rspack-config').createConfig({
  app: 'web-kmar',
  name: 'web_kmar',
  exposes: { './App': './src/app.tsx' },
});
