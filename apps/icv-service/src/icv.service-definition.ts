import { join } from 'node:path';
import type { ServiceDefinition } from '@mkib/server-runtime';
import { consumeApplicability } from './assessment/applicability.consumer';
import { AssessmentResolver } from './assessment/assessment.resolver';
import { AssessmentService } from './assessment/assessment.service';
import { IcvDocumentsService } from './icv/icv-documents.service';
import { IcvResolver } from './icv/icv.resolver';
import { IcvService } from './icv/icv.service';
import { consumePartyRegister } from './icv/party-register.consumer';
import { IcvInitial1764633600000 } from './migrations/1764633600000-icv-initial';
import { IcvAssessment1764720000000 } from './migrations/1764720000000-icv-assessment';

/**
 * The icv context: self-assessments over the applicable measures with findings and evidence, co-user
 * status reports, and the yearly in-control statements with their sign-off.
 */
export const icvService: ServiceDefinition = {
  name: 'icv',
  schemaFile: join(__dirname, 'schema.graphql'),
  entities: [],
  migrations: [IcvInitial1764633600000, IcvAssessment1764720000000],
  providers: [IcvService, IcvResolver, AssessmentService, AssessmentResolver, IcvDocumentsService],
  async subscribe(context) {
    await consumePartyRegister(context);
    await consumeApplicability(context);
  },
};
