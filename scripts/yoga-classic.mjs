// yoga-layout for the classic reader script (scripts/classic-reader.mjs): the same API as the package's main
// module, whose default export is ready only after a top-level await. Here the default export is filled in when
// the WebAssembly instance is ready, and `yogaReady` says when; Ink uses Yoga only while rendering, after it.
import {loadYoga} from 'yoga-layout/load';

const Yoga = {};
export default Yoga;
export const yogaReady = loadYoga().then((instance) => {
  Object.assign(Yoga, instance);
});
export * from 'yoga-layout/load';
