using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// A variable used in a value (graphql-js's <c>VariableUsage</c>): the variable node, the type expected where it
/// stands, the default value of the argument or input field it is given for, and the type of the list or input
/// object value that directly contains it.
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, IType? Type, IValueNode? DefaultValue, IType? ParentType);
