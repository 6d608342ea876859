import { describeUpdateLogContract } from '../../test/support/update-log-contract';
import { MemoryUpdateLog } from './memory-update-log';

describeUpdateLogContract('memory', () => new MemoryUpdateLog());
