namespace Meridian.Execution;

/// <summary>Plans are cached per document and operation name.</summary>
internal readonly record struct PlanCacheKey(DocumentCacheKey Document, string? OperationName);
