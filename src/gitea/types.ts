// snake_case mirrors of the Gitea swagger definitions the client uses (Gitea 1.27, swagger.v1.json).
// Only the fields driftgate reads are declared; Gitea sends more.

/** definitions.ServerVersion */
export interface ServerVersion {
  version: string;
}

/** definitions.User (subset) */
export interface User {
  id: number;
  login: string;
  full_name?: string;
  email?: string;
}

/** definitions.Comment (subset) */
/** The fields of swagger `Repository` driftgate reads. `html_url` is built from Gitea's ROOT_URL. */
export interface Repository {
  id: number;
  name: string;
  full_name: string;
  html_url: string;
  default_branch: string;
}

export interface Comment {
  id: number;
  body: string;
  user: User | null;
  html_url: string;
  created_at: string;
  updated_at: string;
}

/** definitions.CreateIssueCommentOption */
export interface CreateIssueCommentOption {
  body: string;
}

/** definitions.EditIssueCommentOption */
export interface EditIssueCommentOption {
  body: string;
}

/** definitions.CommitStatusState (CreateStatusOption.state) */
export type CommitStatusState = 'pending' | 'success' | 'error' | 'failure' | 'warning' | 'skipped';

/** definitions.CreateStatusOption */
export interface CreateStatusOption {
  state: CommitStatusState;
  target_url?: string;
  description?: string;
  context?: string;
}

/** definitions.CommitStatus (subset) */
export interface CommitStatus {
  id: number;
  status: CommitStatusState;
  context: string;
  description: string;
  target_url: string;
  created_at: string;
  creator?: User | null;
}

/** definitions.APIError */
export interface ApiErrorBody {
  message?: string;
  url?: string;
  errors?: string[];
}
