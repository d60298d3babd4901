namespace Meridian.Conformance.Cats;

/// <summary>The resolver directives of graphql-cats' README, declared for the schemas that apply them.</summary>
public static class CatsDirectives
{
    public const string Declarations = """
        directive @resolveString(value: String!) on FIELD_DEFINITION
        directive @argumentsJson on FIELD_DEFINITION
        directive @resolvePromiseString(value: String!) on FIELD_DEFINITION
        directive @resolveEmptyObject on FIELD_DEFINITION
        directive @resolveTestData(name: String!) on FIELD_DEFINITION
        directive @resolvePromiseTestData(name: String!) on FIELD_DEFINITION
        directive @resolvePromise on FIELD_DEFINITION
        directive @resolveError(message: String!) on FIELD_DEFINITION
        directive @resolveErrorList(values: [String!]!, messages: [String!]!) on FIELD_DEFINITION
        directive @resolvePromiseReject(message: String!) on FIELD_DEFINITION
        directive @resolvePromiseRejectList(values: [String!]!, messages: [String!]!) on FIELD_DEFINITION

        """;
}
