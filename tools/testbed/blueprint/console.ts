/**
 * Blueprint's `data.console` step (scripts/commands/extensions/install.sh at beta-2026-06, "Place and link console
 * directory and generate artisan files"), reproduced byte for byte: the values come from parse_yaml, get the same
 * bash escaping (`&` → `\&`, `'` → `\'`) and go through sed into the same stubs, so a value sed mangles is mangled
 * here too, and a value sed refuses leaves the stub's markers in the generated file, as on a real panel.
 */
import crypto from 'node:crypto';
import { sedInPlace, SedExpression } from './sed';

/** The shape of Blueprint's ArtisanCommandConstructor stub (the generated file must match the real one). */
const ARTISAN_STUB = `<?php

namespace Pterodactyl\\Console\\Commands\\BlueprintFramework\\Extensions\\[id^];

use Illuminate\\Console\\Command;
use Pterodactyl\\BlueprintFramework\\Libraries\\ExtensionLibrary\\Console\\BlueprintConsoleLibrary as BlueprintExtensionLibrary;

class __ArtisanCommand__ extends Command
{
  protected $signature = '[IDENTIFIER]:[SIGNATURE]';
  protected $description = '[DESCRIPTION]';

  public function __construct(
    private BlueprintExtensionLibrary $blueprint,
  ) { parent::__construct(); }

  public function handle()
  {
    $blueprint = $this->blueprint;
    require base_path().'/.blueprint/extensions/[IDENTIFIER]/console/functions/[FILENAME]';
  }
}
`;

/** ScheduleConstructor: one line, no trailing newline, so several schedules end up on one line. */
const SCHEDULE_STUB = '$schedule->command("[IDENTIFIER]:[SIGNATURE]")->[SCHEDULE];';

const INTERVALS: Record<string, string> = {
    everyMinute: 'everyMinute',
    everyTwoMinutes: 'everyTwoMinutes',
    everyThreeMinutes: 'everyThreeMinutes',
    everyFourMinutes: 'everyFourMinutes',
    everyFiveMinutes: 'everyFiveMinutes',
    everyTenMinutes: 'everyTenMinutes',
    everyFifteenMinutes: 'everyFifteenMinutes',
    everyThirtyMinutes: 'everyThirtyMinutes',
    hourly: 'hourly',
    daily: 'daily',
    weekdays: 'daily()->weekdays',
    weekends: 'daily()->weekends',
    sundays: 'daily()->sundays',
    mondays: 'daily()->mondays',
    tuesdays: 'daily()->tuesdays',
    wednesdays: 'daily()->wednesdays',
    thursdays: 'daily()->thursdays',
    fridays: 'daily()->fridays',
    saturdays: 'daily()->saturdays',
    weekly: 'weekly',
    monthly: 'monthly',
    quarterly: 'quarterly',
    yearly: 'yearly',
};

export class ConsoleFatal extends Error {}

export interface GeneratedConsole {
    /** file name (`Tiergate<Random>Command.php`) → contents */
    commands: Map<string, string>;
    /** app/BlueprintFramework/Schedules/<Id>Schedules.php */
    schedules: string;
    /** what sed printed on stderr (Blueprint sends it to its debug log and carries on) */
    sedErrors: string[];
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `tr -dc '[:lower:]' < /dev/urandom | fold -w 10 | head -n 1` */
export function randomLowercase10(): string {
    let out = '';
    while (out.length < 10) {
        const byte = crypto.randomBytes(1)[0]!;
        if (byte >= 0x61 && byte <= 0x7a) out += String.fromCharCode(byte);
    }
    return out;
}

/**
 * @param vars what `eval "$(parse_yaml Console.yml Console_)"` left
 * @param fileExists whether `<data.console>/<Path>` exists in the package
 */
export function generateConsole(
    vars: Map<string, string>,
    identifier: string,
    fileExists: (path: string) => boolean,
    randomName: () => string = randomLowercase10,
): GeneratedConsole | null {
    const get = (name: string) => vars.get(name) ?? '';
    const parents = get('Console__').split(/\s+/).filter(Boolean);
    if (parents.length === 0) return null; // "Console configuration (Console.yml) is empty!"

    const Id = capitalize(identifier);
    const result: GeneratedConsole = { commands: new Map(), schedules: '<?php\n\n\n', sedErrors: [] };
    const sed = (text: string, expressions: SedExpression[]) => {
        const out = sedInPlace(text, expressions);
        if (out.error) result.sedErrors.push(out.error);
        return out.text;
    };

    for (const parent of parents) {
        let sign = '';
        let desc = '';
        let filename = '';
        let interval = '';
        for (const child of get(`${parent}_`).split(/\s+/).filter(Boolean)) {
            if (/^Console_[0-9]+_Signature$/.test(child)) sign = get(child);
            if (/^Console_[0-9]+_Description$/.test(child)) desc = get(child);
            if (/^Console_[0-9]+_Path$/.test(child)) filename = get(child);
            if (/^Console_[0-9]+_Interval$/.test(child)) interval = get(child);
        }
        let artisan = sed(ARTISAN_STUB, [{ match: '[id^]', replacement: Id }]);
        let schedule = SCHEDULE_STUB;

        sign = sign.split('&').join('\\&').split("'").join("\\'");
        desc = desc.split('&').join('\\&').split("'").join("\\'");
        const name = `${Id}${capitalize(randomName())}`;

        if (filename.startsWith('/') || /\/\.\.|\.\.\/|\\n|@|\\/.test(filename)) {
            throw new ConsoleFatal('Console entry paths may not escape the console directory.');
        }
        if (!filename.endsWith('.php'))
            throw new ConsoleFatal("Console entry paths may not end with a file extension other than '.php'.");
        if (!fileExists(filename))
            throw new ConsoleFatal('Console configuration points towards one or more files that do not exist.');
        if (sign === '' || desc === '')
            throw new ConsoleFatal('One or more extension console entries appear to have undefined fields.');
        if (interval === '') interval = 'false';

        artisan = sed(artisan, [
            { match: '[IDENTIFIER]', replacement: identifier },
            { match: '[SIGNATURE]', replacement: sign },
            { match: '[DESCRIPTION]', replacement: desc },
            { match: '[FILENAME]', replacement: filename },
            { match: '__ArtisanCommand__', replacement: `${name}Command` },
        ]);
        schedule = sed(schedule, [
            { match: '[IDENTIFIER]', replacement: identifier },
            { match: '[SIGNATURE]', replacement: sign },
        ]);
        result.commands.set(`${name}Command.php`, artisan);

        if (interval !== 'false') {
            const call = Object.hasOwn(INTERVALS, interval) ? INTERVALS[interval] : undefined;
            schedule = sed(schedule, [
                { match: '[SCHEDULE]', replacement: call ? `${call}()` : `cron('${interval}')` },
            ]);
            result.schedules += schedule;
        }
    }
    return result;
}
