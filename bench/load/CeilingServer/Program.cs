using System.Buffers;
using System.Text.Json;
using Meridian.LoadBenchmarks;

// Two references in one process. The ceiling (/graphql/{workload}): what ASP.NET Core itself costs to answer a POST
// with the bytes a GraphQL server would write, no work at all. The serializer (/serialize/{workload}): a hand-written
// REST endpoint that builds the same response from the same objects on every request with System.Text.Json (source
// generated), the least any server that computes its answer has to do. The driver checks the bytes are identical.
// Usage: CeilingServer --urls http://127.0.0.1:PORT
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

const string contentType = "application/graphql-response+json; charset=utf-8";
var typeName = """{"data":{"__typename":"Query"}}"""u8.ToArray();
var items = WriteItems();
app.MapPost("/graphql/typename", () => Results.Bytes(typeName, contentType));
app.MapPost("/graphql/items", () => Results.Bytes(items, contentType));
app.MapPost("/serialize/typename", static () => Results.Json(new TypeNameResponse(new TypeNameData("Query")), LoadJsonContext.Default.TypeNameResponse, contentType));
app.MapPost("/serialize/items", static () => Results.Json(new ItemsResponse(new ItemsData(LoadData.Items)), LoadJsonContext.Default.ItemsResponse, contentType));
// The driver reads the process's allocation total around a measurement to report bytes allocated per request.
app.MapGet("/allocated", static () => Results.Text(GC.GetTotalAllocatedBytes(precise: false).ToString(System.Globalization.CultureInfo.InvariantCulture)));
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
