using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Xml.Linq;

namespace Meridian.CodeFirst;

/// <summary>
/// Reads descriptions from the XML documentation file the compiler writes beside an assembly
/// (<c>GenerateDocumentationFile</c>): the <c>&lt;summary&gt;</c> of types and members, the <c>&lt;param&gt;</c> of
/// method parameters, and for records the type's <c>&lt;param&gt;</c> of a positional property. Each assembly's file
/// is read once; an assembly without one has no XML descriptions.
/// </summary>
public sealed class XmlDocumentationProvider
{
    private readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, XElement>> _files = new();

    public static XmlDocumentationProvider Shared { get; } = new();

    public string? GetSummary(Type type) => IsDocumented(type.Assembly) ? ReadSummary(Find(type.Assembly, XmlDocumentationId.Of(type))) : null;

    public string? GetSummary(MemberInfo member)
    {
        if (member is Type type)
        {
            return GetSummary(type);
        }

        if (member.DeclaringType is not { } declaringType || !IsDocumented(declaringType.Assembly) || XmlDocumentationId.Of(member) is not { } id)
        {
            return null;
        }

        var summary = ReadSummary(Find(declaringType.Assembly, id));
        if (summary is null && member is PropertyInfo)
        {
            // A positional record property is documented as a <param> of the record.
            summary = ReadParam(Find(declaringType.Assembly, XmlDocumentationId.Of(declaringType)), member.Name);
        }

        return summary;
    }

    public string? GetParameterSummary(ParameterInfo parameter)
    {
        if (parameter.Member is not MethodBase method || method.DeclaringType is not { } declaringType
            || !IsDocumented(declaringType.Assembly) || XmlDocumentationId.Of(method) is not { } id || parameter.Name is null)
        {
            return null;
        }

        return ReadParam(Find(declaringType.Assembly, id), parameter.Name);
    }

    /// <summary>True when the assembly has a documentation file with members (checked before building member IDs).</summary>
    private bool IsDocumented(Assembly assembly) => _files.GetOrAdd(assembly, Load).Count > 0;

    private XElement? Find(Assembly assembly, string? id)
    {
        if (id is null)
        {
            return null;
        }

        var members = _files.GetOrAdd(assembly, Load);
        return members.TryGetValue(id, out var element) ? element : null;
    }

    private static IReadOnlyDictionary<string, XElement> Load(Assembly assembly)
    {
        var members = new Dictionary<string, XElement>(StringComparer.Ordinal);
        if (assembly.IsDynamic || string.IsNullOrEmpty(assembly.Location))
        {
            return members;
        }

        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            return members;
        }

        var document = XDocument.Load(path);
        foreach (var member in document.Descendants("member"))
        {
            if (member.Attribute("name")?.Value is { } name)
            {
                members[name] = member;
            }
        }

        return members;
    }

    private static string? ReadSummary(XElement? member) => Normalize(member?.Element("summary"));

    private static string? ReadParam(XElement? member, string name) =>
        Normalize(member?.Elements("param").FirstOrDefault(p => p.Attribute("name")?.Value == name));

    /// <summary>The text of a doc element: references by their short names, paragraphs on their own lines, whitespace collapsed.</summary>
    private static string? Normalize(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var builder = new StringBuilder();
        AppendText(element, builder);
        var lines = builder.ToString()
            .Split('\n')
            .Select(line => string.Join(' ', line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        var text = string.Join('\n', lines);
        return text.Length == 0 ? null : text;
    }

    private static void AppendText(XElement element, StringBuilder builder)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    builder.Append(text.Value.Replace('\n', ' '));
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } reference:
                    builder.Append(reference.Value.Length > 0 ? reference.Value : ShortName(reference.Attribute("cref")?.Value ?? reference.Attribute("langword")?.Value));
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } reference:
                    builder.Append(reference.Attribute("name")?.Value);
                    break;
                case XElement { Name.LocalName: "para" or "br" } paragraph:
                    builder.Append('\n');
                    AppendText(paragraph, builder);
                    builder.Append('\n');
                    break;
                case XElement other:
                    AppendText(other, builder);
                    break;
            }
        }
    }

    private static string ShortName(string? cref)
    {
        if (string.IsNullOrEmpty(cref))
        {
            return string.Empty;
        }

        var name = cref.Contains(':', StringComparison.Ordinal) ? cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..] : cref;
        var parameters = name.IndexOf('(', StringComparison.Ordinal);
        if (parameters >= 0)
        {
            name = name[..parameters];
        }

        var dot = name.LastIndexOf('.');
        return dot >= 0 ? name[(dot + 1)..] : name;
    }
}
