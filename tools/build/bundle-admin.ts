import webpack from 'webpack';
import { adminWebpackConfig } from './webpack.config';

export function bundleAdmin(mode: 'production' | 'development' = 'production'): Promise<void> {
    return new Promise((resolve, reject) => {
        webpack(adminWebpackConfig(mode), (err, stats) => {
            if (err) return reject(err);
            if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
            resolve();
        });
    });
}
