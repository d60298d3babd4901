namespace Meridian.Execution;

/// <summary>A validation result holds for a document under one set of validation limits.</summary>
internal readonly record struct ValidationCacheKey(DocumentCacheKey Document, ValidationSettings Settings);
