// Run by `npm run build` after tsc: writes the gazetteer's prebuilt index beside the compiled modules
// (pipeline/resolve/gazetteer-index.ts says why), from the data package installed with them.
import { writeGazetteerIndex } from '../dist/pipeline/resolve/gazetteer-index.js';

writeGazetteerIndex();
