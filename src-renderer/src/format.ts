export { countOf, plural } from '@contract/plural';
