import { Query, Resolver } from '@nestjs/graphql';
import { Authorise } from '@mkib/server-graphql';
import { CycleChoiceService } from './cycle-choice.service';

@Resolver('CycleChoice')
export class CycleChoiceResolver {
  constructor(private readonly choices: CycleChoiceService) {}

  @Query('cycleChoice')
  @Authorise('cycle.read')
  cycleChoice() {
    return this.choices.choice();
  }
}
