using Meridian.Errors;
using Meridian.Execution;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>The query fields <c>node(id: ID!): Node</c> and <c>nodes(ids: [ID!]!): [Node]!</c>.</summary>
internal static class NodeFields
{
    public static void Add(DescriptorContext context, ObjectTypeDefinition query, IReadOnlyDictionary<string, NodeResolver> resolvers, GlobalObjectIdentificationOptions options)
    {
        var ids = context.Ids;
        var node = new ObjectFieldDefinition("node", TypeReference.Named(GlobalObjectIdentification.NodeInterfaceName));
        node.Configuration.Description = "Fetches the object that has the given global ID.";
        node.Arguments.Add(new ArgumentDefinition("id", TypeReference.Parse("ID!")));
        node.Arguments[0].Configuration.Description = "The global ID of the object.";
        node.ExplicitResolver = ctx => ResolveAsync(ctx, ids, resolvers, ctx.ArgumentValue<string>("id"));
        ObjectFieldInference.AddField(query, node, replace: false, context);

        var nodes = new ObjectFieldDefinition("nodes", TypeReference.Parse($"[{GlobalObjectIdentification.NodeInterfaceName}]!"));
        nodes.Configuration.Description = "Fetches the objects that have the given global IDs, in their order; at most " + options.MaxAllowedNodeBatchSize + " at once.";
        nodes.Arguments.Add(new ArgumentDefinition("ids", TypeReference.Parse("[ID!]!")));
        nodes.Arguments[0].Configuration.Description = "The global IDs of the objects.";
        var maximum = options.MaxAllowedNodeBatchSize;
        nodes.ExplicitResolver = async ctx =>
        {
            var requested = ctx.ArgumentValue<string[]>("ids");
            if (requested.Length > maximum)
            {
                throw new GraphQLException(ErrorBuilder.New()
                    .SetMessage($"The maximum number of nodes that can be fetched at once is {maximum}; {requested.Length} were requested.")
                    .SetCode(CodeFirstErrorCodes.NodeBatchLimitExceeded)
                    .Build());
            }

            var pending = new Task<object?>[requested.Length];
            for (var i = 0; i < requested.Length; i++)
            {
                pending[i] = ResolveAsync(ctx, ids, resolvers, requested[i]).AsTask();
            }

            return await Task.WhenAll(pending).ConfigureAwait(false);
        };
        ObjectFieldInference.AddField(query, nodes, replace: false, context);
    }

    private static ValueTask<object?> ResolveAsync(IResolverContext context, NodeIdSerializer ids, IReadOnlyDictionary<string, NodeResolver> resolvers, string id)
    {
        var typeName = ids.GetTypeName(id);
        if (!resolvers.TryGetValue(typeName, out var resolver))
        {
            throw new GraphQLException(ErrorBuilder.New()
                .SetMessage($"The ID \"{id}\" names the type \"{typeName}\", which is not a node type of this schema.")
                .SetCode(CodeFirstErrorCodes.NodeIdInvalid)
                .Build());
        }

        return resolver.Resolve(context, ids.Parse(id, resolver.KeyType).Key);
    }
}
