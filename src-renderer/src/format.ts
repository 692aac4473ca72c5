export { countOf, plural } from '../../src-main/contract/plural';
