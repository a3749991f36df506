/**
 * Services88 data contracts: the serialization schema's arrays of simple values. Holds `ArrayOfint`,
 * `ArrayOfstring`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import * as Xsd from "../Xsd.js"

/**
 * `ArrayOfint`: repeated `int` elements.
 *
 * @since 0.2.0
 * @category models
 */
export const ArrayOfint = Schema.Array(Xsd.Int).annotations({ identifier: "ArrayOfint" })

/**
 * @since 0.2.0
 * @category models
 */
export type ArrayOfint = Schema.Schema.Type<typeof ArrayOfint>

/**
 * `ArrayOfstring`: repeated `string` elements, each nillable.
 *
 * @since 0.2.0
 * @category models
 */
export const ArrayOfstring = Schema.Array(Schema.NullOr(Xsd.XmlString)).annotations({ identifier: "ArrayOfstring" })

/**
 * @since 0.2.0
 * @category models
 */
export type ArrayOfstring = Schema.Schema.Type<typeof ArrayOfstring>
