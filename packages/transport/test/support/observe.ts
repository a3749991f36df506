import { Effect, Logger, LogLevel, Tracer } from "effect"

/** Every span started while `effect` runs, on top of the current tracer. */
export const recordingSpans = <A, E, R>(
  effect: Effect.Effect<A, E, R>
): Effect.Effect<{ readonly value: A; readonly spans: ReadonlyArray<Tracer.Span> }, E, R> =>
  Effect.flatMap(Effect.tracer, (inner) => {
    const spans: Array<Tracer.Span> = []
    const tracer = Tracer.make({
      span: (...args) => {
        const span = inner.span(...args)
        spans.push(span)
        return span
      },
      context: (f, fiber) => inner.context(f, fiber)
    })
    return effect.pipe(
      Effect.withTracer(tracer),
      Effect.map((value) => ({ value, spans }))
    )
  })

/** Every log line (logfmt, all levels, with annotations and causes) written while `effect` runs. */
export const capturingLogs = <A, E, R>(
  effect: Effect.Effect<A, E, R>
): Effect.Effect<{ readonly value: A; readonly lines: ReadonlyArray<string> }, E, R> =>
  Effect.suspend(() => {
    const lines: Array<string> = []
    const logger = Logger.map(Logger.logfmtLogger, (line) => {
      lines.push(line)
    })
    return effect.pipe(
      Effect.provide(Logger.replace(Logger.defaultLogger, logger)),
      Logger.withMinimumLogLevel(LogLevel.All),
      Effect.map((value) => ({ value, lines }))
    )
  })
