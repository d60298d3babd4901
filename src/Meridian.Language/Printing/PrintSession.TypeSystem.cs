namespace Meridian.Language;

internal sealed partial class PrintSession
{
    private void VisitTypeSystem(ISyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                VisitDescription(schema.Description);
                _writer.Write("schema");
                VisitSchemaBody(schema.Directives, schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                _writer.Write("extend schema");
                VisitSchemaBody(schema.Directives, schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                _writer.Write(operationType.Operation.ToKeyword());
                _writer.Write(": ");
                Visit(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                VisitTypeHeader(scalar.Description, "scalar ", scalar.Name, scalar.Directives);
                break;
            case ScalarTypeExtensionNode scalar:
                VisitTypeHeader(null, "extend scalar ", scalar.Name, scalar.Directives);
                break;
            case ObjectTypeDefinitionNode type:
                VisitComplexType(type.Description, "type ", type);
                break;
            case ObjectTypeExtensionNode type:
                VisitComplexType(null, "extend type ", type);
                break;
            case InterfaceTypeDefinitionNode type:
                VisitComplexType(type.Description, "interface ", type);
                break;
            case InterfaceTypeExtensionNode type:
                VisitComplexType(null, "extend interface ", type);
                break;
            case UnionTypeDefinitionNode union:
                VisitUnion(union.Description, "union ", union.Name, union.Directives, union.Types);
                break;
            case UnionTypeExtensionNode union:
                VisitUnion(null, "extend union ", union.Name, union.Directives, union.Types);
                break;
            case EnumTypeDefinitionNode type:
                VisitTypeHeader(type.Description, "enum ", type.Name, type.Directives);
                VisitOptionalBlock(type.Values);
                break;
            case EnumTypeExtensionNode type:
                VisitTypeHeader(null, "extend enum ", type.Name, type.Directives);
                VisitOptionalBlock(type.Values);
                break;
            case InputObjectTypeDefinitionNode type:
                VisitTypeHeader(type.Description, "input ", type.Name, type.Directives);
                VisitOptionalBlock(type.Fields);
                break;
            case InputObjectTypeExtensionNode type:
                VisitTypeHeader(null, "extend input ", type.Name, type.Directives);
                VisitOptionalBlock(type.Fields);
                break;
            case FieldDefinitionNode field:
                VisitFieldDefinition(field);
                break;
            case InputValueDefinitionNode inputValue:
                VisitInputValueDefinition(inputValue);
                break;
            case EnumValueDefinitionNode enumValue:
                VisitDescription(enumValue.Description);
                Visit(enumValue.Name);
                VisitDirectives(enumValue.Directives);
                break;
            case DirectiveDefinitionNode directive:
                VisitDirectiveDefinition(directive);
                break;
            default:
                throw new NotSupportedException($"The printer does not know the node kind {node.Kind}.");
        }
    }

    private void VisitSchemaBody(IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        VisitDirectives(directives);
        VisitOptionalBlock(operationTypes);
    }

    private void VisitTypeHeader(StringValueNode? description, string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives)
    {
        VisitDescription(description);
        _writer.Write(keyword);
        Visit(name);
        VisitDirectives(directives);
    }

    private void VisitComplexType(StringValueNode? description, string keyword, IComplexTypeNode type)
    {
        VisitDescription(description);
        _writer.Write(keyword);
        Visit(type.Name);
        if (type.Interfaces.Count > 0)
        {
            _writer.Write(" implements ");
            VisitSeparated(type.Interfaces, " & ");
        }

        VisitDirectives(type.Directives);
        VisitOptionalBlock(type.Fields);
    }

    private void VisitUnion(
        StringValueNode? description,
        string keyword,
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<NamedTypeNode> types)
    {
        VisitTypeHeader(description, keyword, name, directives);
        if (types.Count > 0)
        {
            _writer.Write(" = ");
            VisitSeparated(types, " | ");
        }
    }

    /// <summary>A space and a block when there are items; nothing otherwise (a type without fields, for example).</summary>
    private void VisitOptionalBlock<T>(IReadOnlyList<T> items)
        where T : ISyntaxNode
    {
        if (items.Count > 0)
        {
            _writer.Write(' ');
            VisitBlock(items);
        }
    }

    private void VisitFieldDefinition(FieldDefinitionNode node)
    {
        VisitDescription(node.Description);
        Visit(node.Name);
        VisitArgumentDefinitions(node, node.Arguments);
        _writer.Write(": ");
        Visit(node.Type);
        VisitDirectives(node.Directives);
    }

    private void VisitInputValueDefinition(InputValueDefinitionNode node)
    {
        VisitDescription(node.Description);
        Visit(node.Name);
        _writer.Write(": ");
        VisitTypeDefaultAndDirectives(node.Type, node.DefaultValue, node.Directives);
    }

    private void VisitDirectiveDefinition(DirectiveDefinitionNode node)
    {
        VisitDescription(node.Description);
        _writer.Write("directive @");
        Visit(node.Name);
        VisitArgumentDefinitions(node, node.Arguments);
        if (node.IsRepeatable)
        {
            _writer.Write(" repeatable");
        }

        _writer.Write(" on ");
        VisitSeparated(node.Locations, " | ");
    }

    /// <summary>Argument definitions go one per line when any of them spans lines (a description, for example).</summary>
    private void VisitArgumentDefinitions(ISyntaxNode owner, IReadOnlyList<InputValueDefinitionNode> arguments) =>
        VisitParenthesized(arguments, arguments.Count > 0 && IsMultiLine(owner, static (session, owner) =>
            session.AnyItemSpansLines(owner is FieldDefinitionNode field
                ? field.Arguments
                : ((DirectiveDefinitionNode)owner).Arguments)));
}
