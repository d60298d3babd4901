namespace Meridian.Execution;

/// <summary>What a <see cref="FlatObjectWriter"/> did with an object.</summary>
internal enum FlatWriteResult
{
    /// <summary>The object's fields are written.</summary>
    Written,

    /// <summary>A field needs the general completion (what was written is left unused).</summary>
    NeedsCompletion,

    /// <summary>The object is not of the writer's CLR type; nothing is written.</summary>
    OtherType,
}
