/** conf.yml as Blueprint's install.sh sees it: the `conf_*` variables `eval "$(parse_yaml conf.yml conf_)"` sets. */
import { BlueprintConf } from '../../lib/conf';

export function confFromBlueprintVars(vars: Map<string, string>): BlueprintConf {
    const v = (name: string) => vars.get(`conf_${name}`) || undefined;
    const routers = {
        application: v('requests_routers_application'),
        client: v('requests_routers_client'),
        web: v('requests_routers_web'),
    };
    // install.sh: a plain `requests.routers: "file"` is the web router when no typed router is given.
    if (!routers.application && !routers.client && !routers.web && v('requests_routers'))
        routers.web = v('requests_routers');
    return {
        info: {
            name: v('info_name') ?? '',
            identifier: v('info_identifier') ?? '',
            description: v('info_description') ?? '',
            version: v('info_version') ?? '',
            target: v('info_target') ?? '',
            flags: v('info_flags'),
            icon: v('info_icon'),
            ...(v('info_author') ? { author: v('info_author') } : {}),
        },
        admin: {
            view: v('admin_view') ?? '',
            controller: v('admin_controller'),
            css: v('admin_css'),
            wrapper: v('admin_wrapper'),
        },
        dashboard: { css: v('dashboard_css'), wrapper: v('dashboard_wrapper'), components: v('dashboard_components') },
        data: { directory: v('data_directory'), public: v('data_public'), console: v('data_console') },
        requests: { views: v('requests_views'), app: v('requests_app') ?? v('requests_controllers'), routers },
        database: { migrations: v('database_migrations') },
    };
}
