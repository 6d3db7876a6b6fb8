module.exports = require('../../tools/web/rspack-config').createConfig({
  app: 'web-ambulance',
  name: 'web_ambulance',
  exposes: { './App': './src/app.tsx' },
});
