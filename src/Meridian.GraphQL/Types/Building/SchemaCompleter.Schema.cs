using System.Collections.Frozen;
using Meridian.Language;

namespace Meridian.Types;

internal sealed partial class SchemaCompleter
{
    private Schema? CreateSchema()
    {
        var query = ResolveRootType(OperationType.Query);
        var mutation = ResolveRootType(OperationType.Mutation);
        var subscription = ResolveRootType(OperationType.Subscription);
        CheckRootTypesDiffer(query, mutation, subscription);

        var objectTypes = _types.OfType<ObjectType>().ToArray();
        SetPossibleTypes(objectTypes);
        var runtimeTypes = MapRuntimeTypes(objectTypes);
        var implementations = MapImplementations();

        if (query is null)
        {
            _context.ReportError("Query root type must be provided.", null, _context.SchemaSyntaxNode);
            return null;
        }

        var schema = new Schema(
            _context.Description,
            query,
            mutation,
            subscription,
            [.. _types],
            [.. _directivesByName.Values],
            runtimeTypes,
            implementations,
            _context.Options,
            ContextDataFreezer.Freeze(_context.ContextData),
            _context.SchemaSyntaxNode,
            [.. _context.SchemaExtensionNodes]);
        schema.Directives = CompleteDirectives(schema, _context.SchemaDirectives);
        return schema;
    }

    private ObjectType? ResolveRootType(OperationType operation)
    {
        var name = _context.GetRootTypeName(operation);
        if (name is null)
        {
            var defaultName = _context.Options.GetDefaultRootTypeName(operation);
            // Without a schema definition the root types are the types with the default names, if they exist.
            return _context.SchemaSyntaxNode is null && _typesByName.TryGetValue(defaultName, out var byDefault)
                ? AsRootType(operation, byDefault)
                : null;
        }

        if (!_typesByName.TryGetValue(name, out var type))
        {
            _context.ReportError($"Unknown type \"{name}\".", name, FindOperationTypeNode(operation));
            return null;
        }

        return AsRootType(operation, type);
    }

    private ObjectType? AsRootType(OperationType operation, INamedType type)
    {
        if (type is ObjectType objectType)
        {
            return objectType;
        }

        var message = operation == OperationType.Query
            ? $"Query root type must be Object type, it cannot be {type.Name}."
            : $"{operation} root type must be Object type if provided, it cannot be {type.Name}.";
        _context.ReportError(message, type.Name, FindOperationTypeNode(operation) ?? SchemaConfigurationContext.NameOf(type.SyntaxNode));
        return null;
    }

    private void CheckRootTypesDiffer(ObjectType? query, ObjectType? mutation, ObjectType? subscription)
    {
        var roots = new List<(OperationType Operation, ObjectType Type)>();
        if (query is not null)
        {
            roots.Add((OperationType.Query, query));
        }

        if (mutation is not null)
        {
            roots.Add((OperationType.Mutation, mutation));
        }

        if (subscription is not null)
        {
            roots.Add((OperationType.Subscription, subscription));
        }

        foreach (var group in roots.GroupBy(r => r.Type).Where(g => g.Count() > 1))
        {
            var operations = group.Select(r => r.Operation.ToString().ToLowerInvariant()).ToArray();
            var list = operations.Length == 2
                ? $"{operations[0]} and {operations[1]}"
                : $"{operations[0]}, {operations[1]}, and {operations[2]}";
            _context.ReportError(
                $"All root types must be different, \"{group.Key.Name}\" type is used as {list} root types.",
                group.Key.Name,
                [.. group.Select(r => (ISyntaxNode?)FindOperationTypeNode(r.Operation))]);
        }
    }

    private NamedTypeNode? FindOperationTypeNode(OperationType operation)
    {
        var definitions = _context.SchemaSyntaxNode is { } definition ? definition.OperationTypes : [];
        return definitions.Concat(_context.SchemaExtensionNodes.SelectMany(e => e.OperationTypes))
            .FirstOrDefault(o => o.Operation == operation)?.Type;
    }

    private void SetPossibleTypes(ObjectType[] objectTypes)
    {
        var possibleTypes = new Dictionary<InterfaceType, List<ObjectType>>();
        foreach (var objectType in objectTypes)
        {
            foreach (var interfaceType in objectType.Interfaces)
            {
                if (!possibleTypes.TryGetValue(interfaceType, out var list))
                {
                    possibleTypes[interfaceType] = list = [];
                }

                list.Add(objectType);
            }
        }

        foreach (var interfaceType in _types.OfType<InterfaceType>())
        {
            interfaceType.SetPossibleTypes(possibleTypes.TryGetValue(interfaceType, out var list) ? [.. list] : []);
        }
    }

    private FrozenDictionary<Type, ObjectType> MapRuntimeTypes(ObjectType[] objectTypes)
    {
        var map = new Dictionary<Type, ObjectType>();
        foreach (var objectType in objectTypes)
        {
            if (objectType.RuntimeType is not { } runtimeType)
            {
                continue;
            }

            if (map.TryGetValue(runtimeType, out var existing))
            {
                if (_context.Options.StrictRuntimeTypes)
                {
                    _context.ReportError(
                        $"The runtime type {runtimeType.FullName} is bound to both {existing.Name} and {objectType.Name}; bind each CLR type to one object type.",
                        objectType.Name,
                        SchemaConfigurationContext.NameOf(objectType.SyntaxNode));
                }

                continue;
            }

            map.Add(runtimeType, objectType);
        }

        return map.ToFrozenDictionary();
    }

    private FrozenDictionary<string, ComplexOutputType[]> MapImplementations()
    {
        var map = new Dictionary<string, List<ComplexOutputType>>(StringComparer.Ordinal);
        foreach (var type in _types.OfType<ComplexOutputType>())
        {
            foreach (var interfaceType in type.Interfaces)
            {
                if (!map.TryGetValue(interfaceType.Name, out var list))
                {
                    map[interfaceType.Name] = list = [];
                }

                list.Add(type);
            }
        }

        return map.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }
}
