using System.Reflection;
using System.Runtime.CompilerServices;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Reads only the selected members from the field's query (Hot Chocolate's <c>[UseProjection]</c>), nested objects
/// and lists included, plus the keys other resolvers need. Put it after <c>[UsePaging]</c> and before
/// <c>[UseFiltering]</c> and <c>[UseSorting]</c>.
/// </summary>
public sealed class UseProjectionAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
    {
        DataFieldSetup.RequireEnabled(context, descriptor, DataOptions.Of(context.Options).IsProjectionEnabled, "UseProjection", "AddProjections");
        if (DataFieldSetup.TryGetElementType(context, descriptor, "UseProjection", out var elementType))
        {
            descriptor.Use(
                WellKnownMiddleware.Projection,
                DataFieldSetup.CreateMiddleware(typeof(ProjectionMiddleware<>), elementType, QueryableExecutors.From(context.Services)).Middleware);
        }
    }
}
