using Meridian.Language;

namespace Meridian.Execution;

/// <summary>Settings of a request executor, changed with <c>ModifyRequestOptions</c>; requests may override some (<see cref="RequestOverrides"/>).</summary>
public sealed class RequestExecutorOptions
{
    /// <summary>How long one request may execute before it is cancelled with <c>REQUEST_TIMEOUT</c>.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Show the type, message and stack trace of unexpected resolver exceptions in <c>extensions.exception</c>.</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>Parsed documents kept, by SHA-256 hash of their text (validation results are kept as many).</summary>
    public int DocumentCacheSize { get; set; } = 256;

    /// <summary>Operation plans kept, by document hash and operation name.</summary>
    public int OperationCacheSize { get; set; } = 256;

    /// <summary>Bounds of the parser (tokens, nesting depth).</summary>
    public ParserOptions ParserOptions { get; set; } = ParserOptions.Default;

    /// <summary>The deepest field nesting an operation may have; null for no limit.</summary>
    public int? MaxExecutionDepth { get; set; }

    /// <summary>The highest field cost an operation may have (lists multiply by their size argument); null for no limit.</summary>
    public double? MaxFieldCost { get; set; }

    /// <summary>The most validation errors reported for one document.</summary>
    public int MaxValidationErrors { get; set; } = 100;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried.</summary>
    public bool AllowIntrospection { get; set; } = true;

    /// <summary>
    /// Whether lists of flat objects are written as JSON while executing (<see cref="JsonListResult"/>); off only in
    /// tests that compare the output with the general completion's.
    /// </summary>
    internal bool WriteFlatListsDirectly { get; set; } = true;

    internal RequestExecutorOptions Clone() => (RequestExecutorOptions)MemberwiseClone();
}
