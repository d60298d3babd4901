using System.Text;
using BenchmarkDotNet.Attributes;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Benchmarks.Types;

/// <summary>
/// Building a 100-type schema (60 objects, 10 interfaces, 10 inputs, 10 enums, 5 unions, 5 scalars, each object with
/// 12 fields and arguments), and the lookups execution does on it.
/// </summary>
[MemoryDiagnoser]
public class SchemaBuildBenchmarks
{
    private string _sdl = string.Empty;
    private DocumentNode _document = null!;
    private Schema _schema = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sdl = CreateSdl();
        _document = Parser.Parse(_sdl);
        _schema = SchemaBuilder.New().AddDocument(_document).Build();
    }

    [Benchmark]
    public Schema BuildFromSdl() => SchemaBuilder.New().AddTypeDefinitions(_sdl).Build();

    [Benchmark]
    public Schema BuildFromDocument() => SchemaBuilder.New().AddDocument(_document).Build();

    [Benchmark]
    public string Print() => SchemaPrinter.Print(_schema);

    [Benchmark(OperationsPerInvoke = 1000)]
    public int FieldLookups()
    {
        var found = 0;
        var type = _schema.GetType<ObjectType>("Object30");
        for (var i = 0; i < 1000; i++)
        {
            if (type.Fields.TryGetField("field7", out _))
            {
                found++;
            }
        }

        return found;
    }

    internal static string CreateSdl()
    {
        var sdl = new StringBuilder("type Query {\n");
        for (var i = 0; i < 60; i++)
        {
            sdl.Append($"  object{i}(id: ID!, filter: Input{i % 10}): Object{i}\n");
        }

        sdl.Append("}\n");
        for (var i = 0; i < 10; i++)
        {
            sdl.Append($"interface Interface{i} {{ id: ID! name: String }}\n");
            sdl.Append($"input Input{i} {{ name: String = \"x\" kinds: [Enum{i}!] take: Int = 10 nested: Input{(i + 1) % 10} }}\n");
            sdl.Append($"enum Enum{i} {{ A B C D @deprecated }}\n");
        }

        for (var i = 0; i < 5; i++)
        {
            sdl.Append($"union Union{i} = Object{i} | Object{i + 5} | Object{i + 10}\n");
            sdl.Append($"scalar Scalar{i}\n");
        }

        for (var i = 0; i < 59; i++)
        {
            sdl.Append($"\"\"\"Object number {i}.\"\"\"\ntype Object{i} implements Interface{i % 10} {{\n  id: ID!\n  name: String\n");
            for (var f = 0; f < 10; f++)
            {
                var type = (f % 5) switch
                {
                    0 => "Int",
                    1 => $"[Object{(i + f) % 59}!]!",
                    2 => $"Enum{f}",
                    3 => $"Union{f % 5}",
                    _ => "DateTime",
                };
                sdl.Append($"  field{f}(first: Int = 10, after: String): {type}\n");
            }

            sdl.Append("}\n");
        }

        sdl.Append("type Object59 { id: ID! }\n");
        return sdl.ToString();
    }
}
