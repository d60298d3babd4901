using Meridian.Execution;

namespace Meridian.CodeFirst;

public static class GlobalObjectIdentificationBuilderExtensions
{
    /// <summary>Adds the <c>Node</c> interface, <c>node(id:)</c> and <c>nodes(ids:)</c>, and makes <see cref="NodeAttribute"/> types nodes.</summary>
    public static IRequestExecutorBuilder AddGlobalObjectIdentification(this IRequestExecutorBuilder builder, Action<GlobalObjectIdentificationOptions>? configure = null)
    {
        var options = new GlobalObjectIdentificationOptions();
        configure?.Invoke(options);
        return builder.ModifyCodeFirstOptions(o => o.GlobalObjectIdentification = options);
    }
}
