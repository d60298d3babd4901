using Testing;

namespace Meridian.Introspection.Tests;

public sealed class IntrospectionResultSnapshotTests
{
    [Fact]
    public async Task Full_introspection_result_of_a_small_schema()
    {
        var executor = await TestExecutor.CreateAsync(
            """
            "A small schema."
            schema { query: Query }

            "Marks a field as cheap."
            directive @cheap repeatable on FIELD_DEFINITION

            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")

            interface Named { name: String! }

            "A room."
            type Room implements Named {
              name: String!
              size(unit: Unit = SQUARE_METRES): Float @deprecated(reason: "Use `area`.")
              link: Url
            }

            enum Unit { SQUARE_METRES SQUARE_FEET @deprecated }

            input RoomKey @oneOf { name: String, number: Int }

            type Query {
              room(key: RoomKey!): Room @cheap
              rooms(first: Int = 10): [Room!]!
            }
            """);

        var result = await executor.ExecuteJsonAsync(IntrospectionQuery.Text);

        Snapshot.MatchJson(result);
    }
}
