namespace Meridian.Types;

/// <summary>
/// Checks the completed types against the type validation rules of §3 (graphql-js's validateSchema), reporting
/// every violation to the context. Rules that concern references (unknown types, union members, implemented
/// interfaces, applied directives, default values) are checked while completing.
/// </summary>
internal static class SchemaValidator
{
    public static void Validate(SchemaCompleter.Result completed, SchemaConfigurationContext context)
    {
        foreach (var directiveType in completed.DirectiveTypes)
        {
            DirectiveDefinitionRules.Validate(directiveType, context);
        }

        var inputCycles = new InputObjectCycleRules(context);
        foreach (var type in completed.Types)
        {
            var mayBeEmpty = completed.TypesWithDroppedMembers.Contains(type);
            if (!type.IsIntrospectionType)
            {
                NameRules.Validate(type.Name, type.Coordinate, type.SyntaxNode?.Name, context);
            }

            switch (type)
            {
                case ComplexOutputType complexType:
                    FieldRules.Validate(complexType, mayBeEmpty, context);
                    InterfaceImplementationRules.Validate(complexType, context);
                    break;
                case UnionType union when union.Types.Count == 0 && !mayBeEmpty:
                    context.ReportError($"Union type {union.Name} must define one or more member types.", union.Name, union.SyntaxNode?.Name);
                    break;
                case EnumType enumType:
                    EnumRules.Validate(enumType, context);
                    break;
                case InputObjectType inputType:
                    InputObjectRules.Validate(inputType, mayBeEmpty, context);
                    inputCycles.Validate(inputType);
                    break;
            }
        }
    }
}
