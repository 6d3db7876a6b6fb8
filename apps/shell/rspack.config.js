module.exports = require('../../tools/web/rspack-config').createConfig({
  app: 'shell',
  name: 'shell',
  host: true,
  title: 'MKIB',
});
