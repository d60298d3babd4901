namespace Meridian.CodeFirst;

/// <summary>Settings of global object identification (<c>AddGlobalObjectIdentification</c>).</summary>
public sealed class GlobalObjectIdentificationOptions
{
    /// <summary>The most IDs one <c>nodes(ids:)</c> field may ask for (Hot Chocolate's default is 50).</summary>
    public int MaxAllowedNodeBatchSize { get; set; } = 50;

    /// <summary>Add the <c>node</c> and <c>nodes</c> fields to the query type.</summary>
    public bool AddNodeFields { get; set; } = true;
}
