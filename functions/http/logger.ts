import { Logger } from "@aws-lambda-powertools/logger";

/**
 * The one logger of the API. Log lines carry ids, routes, statuses, durations and counts only –
 * never a request or response body, so staff names, salaries and free text stay out of the logs.
 */
export const logger = new Logger({ serviceName: "foerderbericht-api" });
