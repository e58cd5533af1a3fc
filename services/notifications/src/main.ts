import { onShutdown } from '@bc/platform';
import { buildNotificationsService } from './server.ts';

/** Production entry: the notifications worker with its delivery-log graph. */
const service = await buildNotificationsService();
await service.start();
await service.http.listen(service.config.PORT, service.config.HOST);
service.runtime.logger.info({ describe: await service.runtime.describe() }, 'notifications ready');
onShutdown(service.runtime.logger, () => service.stop());
