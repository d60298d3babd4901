namespace Meridian.Execution;

/// <summary>
/// Creates the source stream of a subscription root field (§6.3.1 CreateSourceEventStream). Each event is then
/// resolved through the field's pipeline with the event as the parent value. Disposing the enumerator unsubscribes.
/// </summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolverDelegate(IResolverContext context);
