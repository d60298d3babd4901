using System.Buffers;
using System.Text.Json;
using Meridian.LoadBenchmarks;

// The ceiling: what ASP.NET Core itself costs to answer a POST with the bytes a GraphQL server would write, no
// GraphQL work at all. The driver checks the bytes are identical. Usage: CeilingServer --urls http://127.0.0.1:PORT
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

const string contentType = "application/graphql-response+json; charset=utf-8";
var typeName = """{"data":{"__typename":"Query"}}"""u8.ToArray();
var items = WriteItems();
app.MapPost("/graphql/typename", () => Results.Bytes(typeName, contentType));
app.MapPost("/graphql/items", () => Results.Bytes(items, contentType));
await app.RunAsync();

static byte[] WriteItems()
{
    var buffer = new ArrayBufferWriter<byte>();
    using (var writer = new Utf8JsonWriter(buffer))
    {
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteStartArray("items");
        foreach (var item in LoadData.Items)
        {
            writer.WriteStartObject();
            writer.WriteString("id", item.Id);
            writer.WriteString("name", item.Name);
            writer.WriteNumber("price", item.Price);
            writer.WriteNumber("quantity", item.Quantity);
            writer.WriteBoolean("active", item.Active);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    return buffer.WrittenSpan.ToArray();
}
