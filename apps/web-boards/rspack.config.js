module.exports = require('../../tools/web/rspack-config').createConfig({
  app: 'web-boards',
  name: 'web_boards',
  exposes: { './App': './src/app.tsx' },
});
