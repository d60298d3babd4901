using System.Reflection;
using Meridian.Execution;

namespace Meridian.CodeFirst;

/// <summary>What the mutation convention changed on a field: where parameters read their values and the payload middleware.</summary>
internal sealed class MutationDefinition
{
    /// <summary>Parameters read from the fields of the <c>input</c> argument instead of arguments of their own.</summary>
    public Dictionary<ParameterInfo, ArgumentReader> InputReaders { get; } = [];

    /// <summary>Wraps the result in the payload and maps declared exceptions to errors.</summary>
    public FieldMiddleware? Middleware { get; set; }
}
