/**
 * The bindings of the `Arrays` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as Arrays from "../Arrays.js"

/** @internal */
export const arrayOfint: b.Codec<Arrays.ArrayOfint> = x.arrayIn(
  "http://schemas.microsoft.com/2003/10/Serialization/Arrays",
  "int",
  b.int
)

/** @internal */
export const arrayOfstring: b.Codec<Arrays.ArrayOfstring> = x.arrayIn(
  "http://schemas.microsoft.com/2003/10/Serialization/Arrays",
  "string",
  b.nillable(b.string)
)
