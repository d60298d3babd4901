namespace Meridian.Types;

/// <summary>Hot Chocolate's <c>UUID</c>: a <see cref="Guid"/>, written in format "D" and read in any of .NET's formats.</summary>
public sealed class UuidType : StringFormatScalarType<Guid>
{
    public const string SpecifiedByUrl = "https://tools.ietf.org/html/rfc4122";

    public UuidType()
        : base(ScalarNames.UUID, description: null, SpecifiedByUrl)
    {
    }

    protected override string FormatName => "UUID string";

    protected override bool TryParse(string text, out Guid value) => Guid.TryParse(text, out value);

    protected override string Format(Guid value) => value.ToString("D");
}
