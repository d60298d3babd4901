namespace Meridian.CodeFirst;

/// <summary>The runtime value of a mutation payload: the mutation's result, or the errors it returned as data.</summary>
internal sealed record MutationPayload(object? Result, IReadOnlyList<object>? Errors);
