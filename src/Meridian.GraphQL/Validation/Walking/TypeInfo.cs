using Meridian.Introspection;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// Tracks, during a walk of an executable document, the types in scope (graphql-js's <c>TypeInfo</c>): the parent
/// composite type of each selection set, the output type and definition of the current field, the expected input
/// type and the location's default value of the current value, and the current directive, argument and enum value.
/// Unknown names leave the corresponding entries null, so that one mistake does not cascade.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IType?> _typeStack = [];
    private readonly List<INamedType?> _parentTypeStack = [];
    private readonly List<IType?> _inputTypeStack = [];
    private readonly List<OutputField?> _fieldDefinitionStack = [];
    private readonly List<IValueNode?> _defaultValueStack = [];
    private bool _inDirective;

    public TypeInfo(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>The output type of the current field or fragment.</summary>
    public IType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public INamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The type expected for the current value.</summary>
    public IType? InputType => Peek(_inputTypeStack);

    /// <summary>The type expected for the value that contains the current one (the list or input object).</summary>
    public IType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public OutputField? FieldDefinition => Peek(_fieldDefinitionStack);

    /// <summary>The default value of the argument or input field the current value is given for, if it has one.</summary>
    public IValueNode? DefaultValue => Peek(_defaultValueStack);

    public DirectiveType? Directive { get; private set; }

    public Argument? Argument { get; private set; }

    public EnumValue? EnumValue { get; private set; }

    /// <summary>Updates the state for entering <paramref name="node"/>; call before the visitors' Enter hooks.</summary>
    public void Enter(ISyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                var named = Type?.NamedType();
                _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
                break;
            case SyntaxKind.Field:
                EnterField((FieldNode)node);
                break;
            case SyntaxKind.Directive:
                _inDirective = true;
                Directive = _schema.TryGetDirectiveType(((DirectiveNode)node).Name.Value, out var directive) ? directive : null;
                break;
            case SyntaxKind.OperationDefinition:
                _typeStack.Add(_schema.GetRootType(((OperationDefinitionNode)node).Operation));
                break;
            case SyntaxKind.InlineFragment:
                var typeCondition = ((InlineFragmentNode)node).TypeCondition;
                EnterFragmentType(typeCondition is null ? Type?.NamedType() : TypeFromSyntax(typeCondition));
                break;
            case SyntaxKind.FragmentDefinition:
                EnterFragmentType(TypeFromSyntax(((FragmentDefinitionNode)node).TypeCondition));
                break;
            case SyntaxKind.VariableDefinition:
                var variableType = TypeFromSyntax(((VariableDefinitionNode)node).Type);
                _inputTypeStack.Add(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case SyntaxKind.Argument:
                EnterArgument((ArgumentNode)node);
                break;
            case SyntaxKind.ListValue:
                var listType = InputType?.NullableType();
                var itemType = listType is ListType list ? list.ElementType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
                break;
            case SyntaxKind.ObjectField:
                EnterObjectField((ObjectFieldNode)node);
                break;
            case SyntaxKind.EnumValue:
                EnumValue = InputType?.NamedType() is EnumType enumType
                    && enumType.TryGetValue(((EnumValueNode)node).Value, out var value) ? value : null;
                break;
        }
    }

    /// <summary>Updates the state for leaving <paramref name="node"/>; call after the visitors' Leave hooks.</summary>
    public void Leave(ISyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case SyntaxKind.Field:
                Pop(_fieldDefinitionStack);
                Pop(_typeStack);
                break;
            case SyntaxKind.Directive:
                _inDirective = false;
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case SyntaxKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.ListValue:
            case SyntaxKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    /// <summary>
    /// The definition of a field selected on <paramref name="parentType"/>, including the meta-fields
    /// (<c>__typename</c> on every composite type, <c>__schema</c> and <c>__type</c> on the query type).
    /// </summary>
    public static OutputField? GetFieldDefinition(Schema schema, INamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(fieldName);
        if (parentType is ComplexOutputType complex && complex.Fields.TryGetField(fieldName, out var field))
        {
            return field;
        }

        if (fieldName.Length < 3 || fieldName[0] != '_' || fieldName[1] != '_')
        {
            return null;
        }

        return IntrospectionMetaFields.Of(schema).Find(schema, parentType, fieldName);
    }

    /// <summary>The type a type reference stands for, or null when a named type is unknown.</summary>
    public IType? TypeFromSyntax(ITypeNode typeNode) =>
        _schema.TryGetTypeFromSyntax(typeNode, out var type) ? type : null;

    private void EnterField(FieldNode node)
    {
        var parentType = ParentType;
        var definition = parentType is null ? null : GetFieldDefinition(_schema, parentType, node.Name.Value);
        _fieldDefinitionStack.Add(definition);
        var fieldType = definition?.Type;
        _typeStack.Add(fieldType is not null && fieldType.IsOutputType() ? fieldType : null);
    }

    private void EnterFragmentType(IType? type) =>
        _typeStack.Add(type is not null && type.IsOutputType() ? type : null);

    private void EnterArgument(ArgumentNode node)
    {
        // Inside an unknown directive the argument stays unknown (graphql-js would look it up on the field).
        Argument? argument = null;
        var arguments = _inDirective ? Directive?.Arguments : FieldDefinition?.Arguments;
        arguments?.TryGetField(node.Name.Value, out argument);

        Argument = argument;
        _defaultValueStack.Add(argument?.DefaultValue);
        var argumentType = argument?.Type;
        _inputTypeStack.Add(argumentType is not null && argumentType.IsInputType() ? argumentType : null);
    }

    private void EnterObjectField(ObjectFieldNode node)
    {
        InputField? inputField = null;
        if (InputType?.NamedType() is InputObjectType objectType)
        {
            objectType.Fields.TryGetField(node.Name.Value, out inputField);
        }

        _defaultValueStack.Add(inputField?.DefaultValue);
        var fieldType = inputField?.Type;
        _inputTypeStack.Add(fieldType is not null && fieldType.IsInputType() ? fieldType : null);
    }

    private static T? Peek<T>(List<T?> stack)
        where T : class => stack.Count == 0 ? null : stack[^1];

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
