import { Args, Query, ResolveField, ResolveReference, Resolver, Parent } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { badUserInput, FieldProblem, notFound } from '@mkib/domain-shared';
import { Authorise } from '@mkib/server-graphql';
import { FrameworkEntity } from './framework.entity';
import { RequirementEntity } from './requirement.entity';

const MAX_PAGE = 200;

@Resolver('Framework')
export class CatalogueResolver {
  constructor(private readonly dataSource: DataSource) {}

  private async framework(code: string): Promise<FrameworkEntity> {
    const framework = await this.dataSource.getRepository(FrameworkEntity).findOneBy({ code });
    if (!framework) throw notFound(`There is no framework with code "${code}".`);
    return framework;
  }

  @Query('frameworks')
  @Authorise('catalogue.read')
  frameworks() {
    return this.dataSource.getRepository(FrameworkEntity).find({ order: { code: 'ASC' } });
  }

  @Query('framework')
  @Authorise('catalogue.read')
  one(@Args('code') code: string) {
    return this.framework(code);
  }

  @ResolveReference()
  @Authorise('catalogue.read')
  reference(ref: { code: string }) {
    return this.framework(ref.code);
  }

  @ResolveField('requirementCount')
  requirementCount(@Parent() framework: FrameworkEntity) {
    return this.dataSource.getRepository(RequirementEntity).countBy({ frameworkCode: framework.code });
  }

  @Query('requirements')
  @Authorise('catalogue.read')
  async requirements(
    @Args('frameworkCode') frameworkCode: string,
    @Args('search') search: string | null,
    @Args('kind') kind: string | null,
    @Args('limit') limit: number,
    @Args('offset') offset: number,
  ) {
    const problems: FieldProblem[] = [];
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE)
      problems.push({ field: 'limit', message: `must be between 1 and ${MAX_PAGE}` });
    if (!Number.isInteger(offset) || offset < 0)
      problems.push({ field: 'offset', message: 'must be 0 or more' });
    if (search && search.length > 200)
      problems.push({ field: 'search', message: 'must be at most 200 characters' });
    if (problems.length) throw badUserInput(problems);
    await this.framework(frameworkCode);
    const query = this.dataSource
      .getRepository(RequirementEntity)
      .createQueryBuilder('r')
      .where('r.framework_code = :frameworkCode', { frameworkCode });
    if (kind) query.andWhere('r.kind = :kind', { kind });
    const term = search?.trim();
    if (term) {
      // A number finds the identifier and what lies under it; words find the text (every word must occur).
      if (/^\d+(\.\d+)*\.?$/.test(term)) {
        const id = term.replace(/\.$/, '');
        query.andWhere('(r.identifier = :id OR r.identifier LIKE :prefix)', { id, prefix: `${id}.%` });
      } else {
        term
          .split(/\s+/)
          .slice(0, 10)
          .forEach((word, i) => {
            const escaped = word.replace(/[\\%_]/g, (c) => `\\${c}`);
            query.andWhere(`(r.text ILIKE :w${i} OR r.title ILIKE :w${i})`, { [`w${i}`]: `%${escaped}%` });
          });
      }
    }
    const [items, total] = await query
      .orderBy('r.sort_key', 'ASC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
    return { total, items };
  }
}
