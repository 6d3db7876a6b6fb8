import { z } from 'zod';
import { defineEvent } from '../envelope';

const statement = z.enum(['IN_CONTROL', 'IN_CONTROL_MET_UITZONDERINGEN', 'NIET_IN_CONTROL']);
const percent = z.number().int().min(0).max(100);
const count = z.number().int().min(0);

/** What both versions carry. */
const common = {
  icvId: z.string().uuid(),
  party: z.string().min(1),
  year: z.number().int(),
  version: z.number().int().min(1),
  statement,
  scope: z.enum(['BEHEERORGANISATIE', 'ORGANISATIE_EN_MEDEGEBRUIKERS']),
  exceptionCount: z.number().int().min(0),
  signedBy: z.string().min(1),
  /** The self-assessment behind it: share of applicable measures implemented, overall and per facility. */
  compliance: z
    .object({
      percentImplemented: percent,
      byFacility: z.array(z.object({ facilityCode: z.string(), percentImplemented: percent })),
    })
    .default({ percentImplemented: 0, byFacility: [] }),
  /** A correction replaces this earlier version on the agenda. */
  replacesVersion: z.number().int().min(1).nullable(),
};

/** Version 1: exceptions as free text, no proposal. Still accepted (upgraded to version 2). */
export const icvSubmittedV1Schema = z.object({
  ...common,
  /** The exceptions with their improvement measures, for the boards' papers. */
  exceptions: z
    .array(
      z.object({
        subject: z.string(),
        description: z.string(),
        improvement: z.string(),
        dueDate: z.string(),
      }),
    )
    .default([]),
});
export type IcvSubmittedV1Data = z.infer<typeof icvSubmittedV1Schema>;

/** Version 2 (comply or explain): exceptions name their measures; the proposal and missing reports travel along. */
const icvSubmittedV2Schema = z.object({
  ...common,
  /** Each exception: the applicable measures it is about, why, and when they are planned to be implemented. */
  exceptions: z.array(
    z.object({
      measures: z.array(z.object({ frameworkCode: z.string().min(1), identifier: z.string().min(1) })),
      explanation: z.string(),
      plannedDate: z.string(),
      /** The free text of an exception recorded before exceptions named their measures. */
      legacy: z
        .object({ subject: z.string(), description: z.string(), improvement: z.string() })
        .nullable()
        .default(null),
    }),
  ),
  /**
   * What the assessment proposed when the ICV was submitted (an unassessed measure counts as not
   * implemented), with its figures; null for an ICV announced in version 1.
   */
  proposal: z
    .object({
      statement,
      applicable: count,
      implemented: count,
      partly: count,
      notImplemented: count,
      notApplicable: count,
      unassessed: count,
      percentImplemented: percent,
    })
    .nullable(),
  /** Medegebruikers whose report is missing, each with the organisation's explanation (SK-5.5). */
  missingReports: z.array(z.object({ party: z.string().min(1), explanation: z.string() })).default([]),
});

/** An organisation submitted its signed in-control statement for a year: it goes on the SMB's agenda (SK-3.5). */
export const IcvSubmitted = defineEvent({
  type: 'icv.submitted',
  context: 'icv',
  schemaVersion: 2,
  schema: icvSubmittedV2Schema,
  earlier: [
    {
      schemaVersion: 1,
      schema: icvSubmittedV1Schema,
      upgrade: (d: IcvSubmittedV1Data) => ({
        ...d,
        exceptions: d.exceptions.map((e) => ({
          measures: [],
          // As the icv service's migration keeps a free-text exception: the old text as explanation.
          explanation: `${e.subject}: ${e.description} (verbetermaatregel: ${e.improvement})`,
          plannedDate: e.dueDate,
          legacy: { subject: e.subject, description: e.description, improvement: e.improvement },
        })),
        proposal: null,
        missingReports: [],
      }),
    },
  ],
});
export type IcvSubmittedData = z.infer<typeof IcvSubmitted.schema>;

/** Version 1 as producers of the previous release wrote it (for tests of the upgrade). */
export const IcvSubmittedV1 = defineEvent({
  type: 'icv.submitted',
  context: 'icv',
  schemaVersion: 1,
  schema: icvSubmittedV1Schema,
});
