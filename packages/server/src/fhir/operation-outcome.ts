// FHIR R4 OperationOutcome: the error shape of the /api/fhir routes (https://hl7.org/fhir/R4/operationoutcome.html).

/** IssueSeverity (required binding). */
export type IssueSeverity = 'fatal' | 'error' | 'warning' | 'information';

/** The IssueType codes this server uses (required binding, http://hl7.org/fhir/issue-type). */
export type IssueType =
  | 'invalid'
  | 'structure'
  | 'required'
  | 'value'
  | 'business-rule'
  | 'security'
  | 'login'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-costly'
  | 'exception'
  | 'informational';

export interface OutcomeIssue {
  severity: IssueSeverity;
  code: IssueType;
  diagnostics: string;
  /** FHIRPath of the element, e.g. `Bundle.entry[1].resource.code`. */
  expression?: string[];
}

export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: OutcomeIssue[];
}

/** An OperationOutcome with these issues (at least one: FHIR requires issue 1..*). */
export function operationOutcome(issues: OutcomeIssue[]): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue:
      issues.length > 0
        ? issues
        : [{ severity: 'information', code: 'informational', diagnostics: 'All OK' }],
  };
}

/** An outcome-bearing failure of the FHIR intake: HTTP status and the issues. */
export class FhirError extends Error {
  constructor(
    readonly status: number,
    readonly issues: OutcomeIssue[],
  ) {
    super(issues[0]?.diagnostics ?? 'FHIR error');
  }
}

/** The issue type of an ORCA error code (contract ERROR_CODES). */
export function issueTypeOf(code: string): IssueType {
  switch (code) {
    case 'validation_failed':
    case 'import_rejected':
      return 'invalid';
    case 'unauthenticated':
      return 'login';
    case 'forbidden':
      return 'forbidden';
    case 'not_found':
      return 'not-found';
    case 'conflict':
      return 'conflict';
    case 'payload_too_large':
    case 'rate_limited':
      return 'too-costly';
    default:
      return 'exception';
  }
}
