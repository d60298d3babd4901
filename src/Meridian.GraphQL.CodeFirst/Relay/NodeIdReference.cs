namespace Meridian.CodeFirst;

/// <summary>
/// What an <c>[ID]</c> refers to: the node type named explicitly, or by its CLR type (<c>[ID&lt;Book&gt;]</c>), or
/// neither (an output uses the declaring type; an input accepts any type).
/// </summary>
internal sealed record NodeIdReference(string? TypeName, Type? NodeType);
