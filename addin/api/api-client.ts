/** The task pane uses the one API client of shared/api (paths and answers from shared/api/routes.ts). */
export * from "../../shared/api/api-client";
