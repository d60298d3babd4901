using Meridian.Execution;

namespace Meridian.CodeFirst;

public static class MutationConventionBuilderExtensions
{
    /// <summary>Enables Hot Chocolate's mutation conventions (input/payload types, errors as data), for all mutations by default.</summary>
    public static IRequestExecutorBuilder AddMutationConventions(this IRequestExecutorBuilder builder, bool applyToAllMutations = true) =>
        builder.AddMutationConventions(new MutationConventionOptions { ApplyToAllMutations = applyToAllMutations });

    public static IRequestExecutorBuilder AddMutationConventions(this IRequestExecutorBuilder builder, MutationConventionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return builder.ModifyCodeFirstOptions(o => o.MutationConventions = options);
    }
}
