/** Reads the settings the Blade view renders onto the mount point. */
export interface MountSettings {
    root: string;
    webhookUrl: string;
    version: string;
}

export const MOUNT_ID = 'tiergate-root';

export function readMountSettings(element: HTMLElement): MountSettings {
    return {
        root: element.dataset.root ?? '/admin/extensions/tiergate',
        webhookUrl: element.dataset.webhookUrl ?? '',
        version: element.dataset.version ?? '',
    };
}
