import type { OidcSignInConfig, TaskPaneConfigInput } from "../../shared/sign-in/task-pane-config-schema";

export interface TaskPaneConfigProps {
  /** The API's URL (a CloudFormation token at synth time, resolved by the deployment). */
  apiUrl: string;
  /** The archive's streaming function URL (empty: downloads go through the API). */
  archiveUrl?: string;
  signIn: OidcSignInConfig;
  programmeId?: string;
}

/**
 * The task pane's config.json, from the stack's resources. The stack uploads it with
 * `Source.jsonData` (tokens resolved at deploy time); the production E2E test serves what this
 * returns for its own provider, so pane and stack read the same shape (shared/sign-in's schema).
 */
export const taskPaneConfig = ({
  apiUrl,
  archiveUrl = "",
  signIn,
  programmeId = "stadtteilmanagement",
}: TaskPaneConfigProps): TaskPaneConfigInput => ({ apiUrl, archiveUrl, signIn, programmeId });
