namespace Meridian.Types;

/// <summary>Hot Chocolate's <c>URL</c>: a <see cref="Uri"/>, absolute or a path relative to the root (<c>/…</c>).</summary>
public sealed class UrlType : StringFormatScalarType<Uri>
{
    public const string SpecifiedByUrl = "https://tools.ietf.org/html/rfc3986";

    public UrlType()
        : base(ScalarNames.URL, description: null, SpecifiedByUrl)
    {
    }

    protected override string FormatName => "URL";

    protected override bool TryParse(string text, out Uri value)
    {
        // A root-relative path stays relative: on Unix, .NET would otherwise read "/a" as the file URI "file:///a".
        var kind = text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal) ? UriKind.Relative : UriKind.Absolute;
        if (Uri.TryCreate(text, kind, out var uri))
        {
            value = uri;
            return true;
        }

        value = null!;
        return false;
    }

    protected override string Format(Uri value) => value.IsAbsoluteUri ? value.AbsoluteUri : value.ToString();
}
