using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Meridian.CodeFirst;

/// <summary>Recognizes fluent type classes (<see cref="ObjectType{T}"/> subclasses) and their configure methods.</summary>
internal static class FluentTypes
{
    public static bool IsFluentType(Type type) => TryGetRuntimeType(type, out _);

    /// <summary>The T of a concrete <see cref="ObjectType{T}"/> subclass.</summary>
    public static bool TryGetRuntimeType(Type type, [NotNullWhen(true)] out Type? runtimeType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(ObjectType<>))
            {
                runtimeType = current.GetGenericArguments()[0];
                return !type.IsAbstract;
            }
        }

        runtimeType = null;
        return false;
    }

    /// <summary>A <c>Configure(IObjectTypeDescriptor&lt;T&gt;)</c> method (of a fluent type or an <c>[ObjectType&lt;T&gt;]</c> class), which is not a field.</summary>
    public static bool IsConfigureMethod(MethodInfo method) =>
        method.Name == "Configure" && method.GetParameters() is [var parameter]
        && parameter.ParameterType.IsGenericType && parameter.ParameterType.GetGenericTypeDefinition() == typeof(IObjectTypeDescriptor<>);
}
