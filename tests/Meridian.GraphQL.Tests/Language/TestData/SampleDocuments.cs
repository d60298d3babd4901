namespace Meridian.Samples;

/// <summary>
/// GraphQL documents that tests and benchmarks share: kitchen sinks that use every syntactic form (written for Meridian,
/// in the spirit of graphql-js's) and the introspection query graphql-js's getIntrospectionQuery produces with every
/// option on (descriptions, specifiedByURL, isRepeatable, schema description, input value deprecation, isOneOf).
/// </summary>
public static class SampleDocuments
{
    /// <summary>Every executable form: operations of the three kinds with descriptions, variables, directives, fragments, values.</summary>
    public const string KitchenSink =
        """"
        # Every executable form of the language, written for Meridian's tests and benchmarks.
        """
        Looks up a calendar and its upcoming openings.
        """
        query CalendarOverview(
          "The calendar to read."
          $calendarId: ID!
          $range: DateRange = { from: "2026-01-01", to: "2026-01-31" } @since(version: 2)
          $limit: Int = 25,
          $kinds: [SlotKind!] = [MORNING, EVENING]
          $ratio: Float = -1.5e-3
          $withStaff: Boolean = false
          $note: String = null
          $matrix: [[Int!]!]! = [[1, 2], []]
        ) @traced(level: 2) {
          calendar: calendarById(id: $calendarId) {
            id
            ... on Calendar @visible {
              owner {
                displayName
                avatar(size: 64) @include(if: $withStaff)
              }
            }
            openings(first: $limit, range: $range, kinds: $kinds, filter: { minutes: 30, tags: ["a", "b"], nested: { deep: [[1], []] }, empty: {} }) {
              edges {
                node {
                  ...OpeningFields @defer(label: "opening")
                }
                cursor
              }
            }
            ... @skip(if: $withStaff) {
              timezone
            }
            ... {
              __typename
            }
          }
        }

        mutation Reserve($input: ReserveInput!) @atomic {
          reserve(input: $input) {
            reservation { id, status }
            errors {
              __typename
              ... on SlotTaken {
                message
              }
            }
          }
        }

        subscription OnChange($calendarId: ID!) @live(throttle: 1.0) {
          slotChanged(calendarId: $calendarId) {
            id
          }
        }

        "Fields every opening view needs."
        fragment OpeningFields on Opening @fragmentLevel {
          id
          starts
          label(
            format: """
              Multi-line
                argument with \"""quotes\"""
            """
            escaped: "tab\tline\nquote\" accent\u00e9 emoji\u{1F600} pair\uD83D\uDE00 slash\/ back\\"
          )
        }

        {
          shorthand(truthy: true, falsy: false, nothing: null, enumValue: ACTIVE, integer: 0, negative: -17, float: 3.14, exponent: 6E23)
        }

        query {
          __typename
        }
        """";

    /// <summary>Every type-system form: schema, each type kind, directive definitions and every extension form.</summary>
    public const string SchemaKitchenSink =
        """"
        # Every type-system form of the language, written for Meridian's tests and benchmarks.
        """
        The booking service's schema, as a whole.
        """
        schema @contact(name: "team") {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        "An instant in time, as ISO 8601 text."
        scalar DateTime @specifiedBy(url: "https://example.com/datetime")

        type Query implements Node & Versioned @cacheControl(maxAge: 60) {
          "Fetches any node."
          node(id: ID!): Node
          """
          Openings, one page at a time.
          """
          openings(
            "How many to return."
            first: Int = 10
            after: String
            range: DateRange = { from: "2026-01-01" }
            kinds: [SlotKind!]! = [MORNING]
          ): OpeningConnection! @complexity(value: 2)
          legacy: String @deprecated(reason: "Use `openings`.")
        }

        type Empty

        type Mutation implements & Node {
          id: ID!
        }

        interface Node {
          id: ID!
        }

        interface Versioned implements Node & Timestamped {
          id: ID!
          version: Int!
        }

        interface Bare

        union SearchResult =
          | Calendar
          | Opening
          | Person

        union Single @tagged = Calendar

        union Pending

        enum SlotKind {
          MORNING @weight(value: 1)
          "Afternoon slots."
          AFTERNOON
          EVENING @deprecated
        }

        enum Unvalued

        input DateRange @oneOf {
          from: DateTime
          to: DateTime = null
          "The time zone."
          zone: String = "UTC" @deprecated
        }

        input EmptyInput

        directive @cacheControl(maxAge: Int) on OBJECT | FIELD_DEFINITION

        "Tags for tools."
        directive @tag(
          "The tag."
          name: String!
        ) repeatable on
          | SCHEMA
          | SCALAR
          | OBJECT
          | FIELD_DEFINITION
          | ARGUMENT_DEFINITION
          | INTERFACE
          | UNION
          | ENUM
          | ENUM_VALUE
          | INPUT_OBJECT
          | INPUT_FIELD_DEFINITION

        directive @traced(level: Int = 1) on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION

        extend schema @audited

        extend schema {
          subscription: Subscription
        }

        extend scalar DateTime @tag(name: "time")

        extend type Query implements Auditable

        extend type Query @tag(name: "q")

        extend type Query {
          health: Boolean!
        }

        extend interface Node implements Auditable

        extend interface Node @tag(name: "n")

        extend interface Node {
          createdAt: DateTime
        }

        extend union SearchResult = Room

        extend union SearchResult @tag(name: "u")

        extend enum SlotKind {
          NIGHT
        }

        extend enum SlotKind @tag(name: "e")

        extend input DateRange {
          inclusive: Boolean = true
        }

        extend input DateRange @tag(name: "i")
        """";

    /// <summary>
    /// The full introspection query, as graphql-js 17's getIntrospectionQuery writes it with all options on: the
    /// engine's own copy, which a test compares with graphql-js's output.
    /// </summary>
    public const string IntrospectionQuery = Introspection.IntrospectionQuery.Text;
}
