using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>A field selection together with the type it is selected on and its definition (null when unknown).</summary>
internal readonly record struct FieldAndDefinition(INamedType? ParentType, FieldNode Node, OutputField? Definition);
