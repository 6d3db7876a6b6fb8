export { icvService } from './icv.service-definition';
