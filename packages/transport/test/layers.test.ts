import { layers } from "./support/layers.js"
import { transportSuite } from "./support/suite.js"

// One suite, every layer: what one transport does, all do.
for (const [name, layer] of Object.entries(layers)) transportSuite(name, layer)
