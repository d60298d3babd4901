namespace Meridian.Introspection;

/// <summary>
/// The introspection query that graphql-js 17.1's <c>getIntrospectionQuery</c> produces with every option on
/// (descriptions, specifiedByUrl, directiveIsRepeatable, schemaDescription, inputValueDeprecation, oneOf): the query
/// GraphiQL, Banana Cake Pop and code generators send. Kept character for character, so that its document hash matches
/// theirs; tools/graphql-js/print-introspection-query.mjs prints the original, and a test compares the two.
/// </summary>
public static class IntrospectionQuery
{
    /// <summary>The operation name of <see cref="Text"/>.</summary>
    public const string OperationName = "IntrospectionQuery";

    /// <summary>
    /// The query text. Its <c>TypeRef</c> fragment follows <c>ofType</c> nine levels deep below the field type, enough
    /// for a type such as <c>[[[[String!]!]!]!]!</c>.
    /// </summary>
    public const string Text = $$"""

            query IntrospectionQuery {
              __schema {
                description
                queryType { name kind }
                mutationType { name kind }
                subscriptionType { name kind }
                types {
                  ...FullType
                }
                directives {
                  name
                  description
                  isRepeatable
        {{TenSpaces}}
        {{TenSpaces}}
                  locations
                  args(includeDeprecated: true) {
                    ...InputValue
                  }
                }
              }
            }

            fragment FullType on __Type {
              kind
              name
              description
              specifiedByURL
              isOneOf
              fields(includeDeprecated: true) {
                name
                description
                args(includeDeprecated: true) {
                  ...InputValue
                }
                type {
                  ...TypeRef
                }
                isDeprecated
                deprecationReason
              }
              inputFields(includeDeprecated: true) {
                ...InputValue
              }
              interfaces {
                ...TypeRef
              }
              enumValues(includeDeprecated: true) {
                name
                description
                isDeprecated
                deprecationReason
              }
              possibleTypes {
                ...TypeRef
              }
            }

            fragment InputValue on __InputValue {
              name
              description
              type { ...TypeRef }
              defaultValue
              isDeprecated
              deprecationReason
            }

            fragment TypeRef on __Type {
              kind
              name
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                        ofType {
                          name
                          kind
                          ofType {
                            name
                            kind
                            ofType {
                              name
                              kind
                              ofType {
                                name
                                kind
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
        {{TwoSpaces}}
        """;

    // graphql-js leaves the indentation of the options it does not print on otherwise empty lines; whitespace-only
    // lines of a raw string literal would lose it, so it is interpolated.
    private const string TenSpaces = "          ";
    private const string TwoSpaces = "  ";
}
