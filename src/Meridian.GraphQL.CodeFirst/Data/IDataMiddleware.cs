using Meridian.Execution;

namespace Meridian.CodeFirst.Data;

/// <summary>A data middleware created for an element type at schema build (through reflection once, typed from then on).</summary>
internal interface IDataMiddleware
{
    FieldMiddleware Middleware { get; }
}
