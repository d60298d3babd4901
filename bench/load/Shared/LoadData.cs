namespace Meridian.LoadBenchmarks;

/// <summary>
/// The load benchmark's schema and data, shared by the Meridian server and the ceiling (bench/load/node has the same
/// in JavaScript): a list of 100 objects with 5 fields.
/// </summary>
public static class LoadData
{
    public const string Sdl = """
        type Query { items: [Item!]! }
        type Item { id: ID! name: String! price: Float! quantity: Int! active: Boolean! }
        """;

    public static IReadOnlyList<Item> Items { get; } = [.. Enumerable.Range(0, 100).Select(static i => new Item($"item-{i}", $"Item {i}", i + 0.5, i * 3, i % 2 == 0))];

    public sealed record Item(string Id, string Name, double Price, int Quantity, bool Active);
}
