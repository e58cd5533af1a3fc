import type { ServiceContext } from '@bc/platform';
import type { ReadModelBuilder } from './rebuild/read-model-builder.ts';

export interface ReportingContext extends ServiceContext {
  deps: {
    builder: ReadModelBuilder;
    exportLinks: { secret: string; publicUrl: string };
  };
}
