namespace Meridian.CodeFirst;

/// <summary>
/// Hot Chocolate's mutation conventions: <c>createBook(input: CreateBookInput!): CreateBookPayload!</c>, the payload
/// holding the result under the camelCased name of its type and, when the mutation declares errors,
/// <c>errors: [CreateBookError!]</c>. <c>{MutationName}</c> in the patterns is the field name in PascalCase.
/// </summary>
public sealed class MutationConventionOptions
{
    public string InputTypeNamePattern { get; set; } = "{MutationName}Input";

    public string InputArgumentName { get; set; } = "input";

    public string PayloadTypeNamePattern { get; set; } = "{MutationName}Payload";

    public string PayloadErrorTypeNamePattern { get; set; } = "{MutationName}Error";

    public string PayloadErrorsFieldName { get; set; } = "errors";

    /// <summary>Apply to every mutation (Hot Chocolate's default); when false, only to fields marked <see cref="UseMutationConventionAttribute"/>.</summary>
    public bool ApplyToAllMutations { get; set; } = true;
}
