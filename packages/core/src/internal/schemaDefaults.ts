/**
 * Constructor defaults for contract fields: the value an absent element
 * decodes to, so that a contract can be made from the fields that matter.
 *
 * @internal
 */
import * as Schema from "effect/Schema"

/** @internal */
export const withDefault = <S extends Schema.Schema.Any>(schema: S, value: () => Schema.Schema.Type<S>) =>
  Schema.propertySignature(schema).pipe(Schema.withConstructorDefault(value))
