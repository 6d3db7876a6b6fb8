// One Rspack + Module Federation configuration for the shell (host) and every remote, so they agree on
// what is shared. Remotes are registered at run time from /remotes.json: one build serves every deployment.
const path = require('node:path');
const { rspack } = require('@rspack/core');
const { ModuleFederationPlugin } = require('@module-federation/enhanced/rspack');
const pkg = require('../../package.json');

const root = path.join(__dirname, '..', '..');
const singleton = (name) => ({ singleton: true, requiredVersion: pkg.dependencies[name] });
// React, i18n, urql and OIDC are shared singletons: one React tree, one i18next instance.
const shared = {
  react: singleton('react'),
  'react-dom': singleton('react-dom'),
  'react/jsx-runtime': { singleton: true, requiredVersion: pkg.dependencies.react },
  i18next: singleton('i18next'),
  'react-i18next': singleton('react-i18next'),
  // The one GraphQL client library: one urql context and client for the shell and every remote.
  urql: singleton('urql'),
  '@urql/core': singleton('@urql/core'),
};

/**
 * @param {{ app: string, name: string, exposes?: Record<string,string>, host?: boolean, title?: string }} options
 */
function createConfig(options) {
  const appDir = path.join(root, 'apps', options.app);
  const production = process.env.NODE_ENV !== 'development';
  return {
    mode: production ? 'production' : 'development',
    context: appDir,
    entry: { main: './src/main.ts' },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    output: {
      path: path.join(root, 'dist', 'apps', options.app),
      publicPath: options.host ? '/' : 'auto',
      uniqueName: options.name,
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      tsConfig: path.join(root, 'tsconfig.base.json'),
    },
    experiments: { css: true },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'builtin:swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic' } },
              target: 'es2022',
            },
          },
          type: 'javascript/auto',
        },
        { test: /\.css$/, type: 'css' },
        { test: /\.(woff2?|ttf|svg|png)$/, type: 'asset/resource' },
      ],
    },
    plugins: [
      new ModuleFederationPlugin({
        name: options.name,
        ...(options.exposes ? { filename: 'remoteEntry.js', exposes: options.exposes } : { remotes: {} }),
        shared,
        dts: false,
        manifest: false,
      }),
      ...(options.host
        ? [
            new rspack.HtmlRspackPlugin({
              template: path.join(appDir, 'src/index.html'),
              title: options.title,
            }),
          ]
        : []),
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

module.exports = { createConfig };
