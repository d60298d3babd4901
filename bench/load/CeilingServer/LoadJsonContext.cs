using System.Text.Json.Serialization;

namespace Meridian.LoadBenchmarks;

/// <summary>The serializer reference's response shapes: <c>{"data":{...}}</c> as a GraphQL server writes it.</summary>
internal sealed record TypeNameResponse(TypeNameData Data);

internal sealed record TypeNameData([property: JsonPropertyName("__typename")] string TypeName);

internal sealed record ItemsResponse(ItemsData Data);

internal sealed record ItemsData(IReadOnlyList<LoadData.Item> Items);

/// <summary>Source-generated serialization, the fastest System.Text.Json offers.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TypeNameResponse))]
[JsonSerializable(typeof(ItemsResponse))]
internal sealed partial class LoadJsonContext : JsonSerializerContext;
