/** GraphQL `AssessmentEntryInput`. */
export interface AssessmentEntryInput {
  frameworkCode: string;
  identifier: string;
  status: string;
  justification?: string | null;
}

/** GraphQL `AssessMeasuresInput`. */
export interface AssessMeasuresInput {
  year: number;
  entries: AssessmentEntryInput[];
}

/** GraphQL `FindingInput`. */
export interface FindingInput {
  year: number;
  frameworkCode: string;
  identifier: string;
  description: string;
  action: string;
  owner: string;
  /** YYYY-MM-DD. */
  dueDate: string;
}

/** GraphQL `EvidenceInput`. */
export interface EvidenceInput {
  year: number;
  frameworkCode: string;
  identifier: string;
  filename: string;
  contentType: string;
  contentBase64: string;
}
