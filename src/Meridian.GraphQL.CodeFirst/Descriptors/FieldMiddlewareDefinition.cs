using Meridian.Execution;

namespace Meridian.CodeFirst;

/// <summary>A field middleware with an optional key that identifies its kind (see <see cref="WellKnownMiddleware"/>).</summary>
public sealed record FieldMiddlewareDefinition(FieldMiddleware Middleware, string? Key = null);
