module.exports = require('../../tools/web/rspack-config').createConfig({
  app: 'web-brandweer',
  name: 'web_brandweer',
  exposes: { './App': './src/app.tsx' },
});
