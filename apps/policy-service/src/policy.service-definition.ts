import { join } from 'node:path';
import type { ServiceDefinition } from '@mkib/server-runtime';
import { CatalogueResolver } from './catalogue/catalogue.resolver';
import { FrameworkEntity } from './catalogue/framework.entity';
import { RequirementEntity } from './catalogue/requirement.entity';
import { PolicyInitial1764374400000 } from './migrations/1764374400000-policy-initial';

/** The policy context: the control catalogue (later: BBN profiles, mappings, policy versions, plans). */
export const policyService: ServiceDefinition = {
  name: 'policy',
  schemaFile: join(__dirname, 'schema.graphql'),
  entities: [FrameworkEntity, RequirementEntity],
  migrations: [PolicyInitial1764374400000],
  providers: [CatalogueResolver],
};
