import path from 'node:path';
import type { Configuration } from 'webpack';
import { ROOT, ADMIN_BUNDLE_DIR } from '../lib/paths';

/** The admin page's own bundle: it cannot use the panel's client build, which never reaches /admin. */
export const adminWebpackConfig = (mode: 'production' | 'development'): Configuration => ({
    mode,
    context: ROOT,
    entry: { admin: path.join(ROOT, 'admin', 'src', 'index.tsx') },
    output: { path: ADMIN_BUNDLE_DIR, filename: '[name].js', clean: false },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
        rules: [
            {
                test: /\.tsx?$/,
                exclude: /node_modules/,
                use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
            },
        ],
    },
    devtool: false,
    performance: { hints: false },
    optimization: { splitChunks: false },
});
