import { describeTaskStore } from './describe-task-store.ts';
import { FakeTaskStore } from './fake-task-store.ts';

describeTaskStore('in-memory fake', async () => ({ store: new FakeTaskStore(), close: async () => undefined }));
