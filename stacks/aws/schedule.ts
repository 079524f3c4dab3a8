import { type App, kebabName, physicalName, resourceName } from '../platform';
import { type ScheduledFunction, schedules } from '../schedule';

/**
 * Runs a function on its schedule (SST's Cron: rule, target, and a permission for that rule
 * only). A failed run is retried by Lambda, then parked in the dead-letter queue, whose alarm
 * tells a person: that part is on the function (`async` in functions.ts).
 */
export function scheduleFunction(app: App, name: ScheduledFunction, fn: sst.aws.Function): void {
  new sst.aws.Cron(`${resourceName(name)}Schedule`, {
    schedule: schedules[name].expression,
    function: fn.arn,
    transform: { rule: { name: physicalName(app, kebabName(name)) } },
  });
}
