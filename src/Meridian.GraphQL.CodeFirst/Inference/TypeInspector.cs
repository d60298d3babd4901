using System.Collections;

namespace Meridian.CodeFirst;

/// <summary>
/// Answers what a CLR type stands for in GraphQL terms: the value behind a task, the element of a list
/// (arrays, <see cref="IEnumerable{T}"/>, <see cref="IQueryable{T}"/>), the items of an async stream.
/// </summary>
public static class TypeInspector
{
    /// <summary>True for <see cref="Task{T}"/> and <see cref="ValueTask{T}"/>.</summary>
    public static bool IsTaskOfT(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>));

    /// <summary>True for <see cref="Task"/> and <see cref="ValueTask"/> without a result.</summary>
    public static bool IsTaskWithoutResult(Type type) => type == typeof(Task) || type == typeof(ValueTask);

    /// <summary>The result type of <see cref="Task{T}"/> and <see cref="ValueTask{T}"/>; other types unchanged.</summary>
    public static Type UnwrapTask(Type type) => IsTaskOfT(type) ? type.GetGenericArguments()[0] : type;

    /// <summary>
    /// The element type of a list: arrays and types implementing <see cref="IEnumerable{T}"/>, but not strings and
    /// not dictionaries (which are not GraphQL lists).
    /// </summary>
    public static bool TryGetElementType(Type type, out Type elementType)
    {
        ArgumentNullException.ThrowIfNull(type);
        elementType = typeof(object);
        if (type == typeof(string) || IsDictionary(type))
        {
            return false;
        }

        if (type.IsArray)
        {
            elementType = type.GetElementType()!;
            return true;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            elementType = type.GetGenericArguments()[0];
            return true;
        }

        foreach (var implemented in type.GetInterfaces())
        {
            if (implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                elementType = implemented.GetGenericArguments()[0];
                return true;
            }
        }

        return false;
    }

    /// <summary>The element type of an <see cref="IQueryable{T}"/> (or a type implementing it).</summary>
    public static bool TryGetQueryableElementType(Type type, out Type elementType) =>
        TryGetGenericInterfaceArgument(type, typeof(IQueryable<>), out elementType);

    /// <summary>The item type of an <see cref="IAsyncEnumerable{T}"/> (or a type implementing it).</summary>
    public static bool TryGetAsyncEnumerableElementType(Type type, out Type elementType) =>
        TryGetGenericInterfaceArgument(type, typeof(IAsyncEnumerable<>), out elementType);

    /// <summary>True for dictionaries, which code-first never maps to lists.</summary>
    public static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type)
        || TryGetGenericInterfaceArgument(type, typeof(IDictionary<,>), out _)
        || TryGetGenericInterfaceArgument(type, typeof(IReadOnlyDictionary<,>), out _);

    private static bool TryGetGenericInterfaceArgument(Type type, Type genericInterface, out Type argument)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == genericInterface)
        {
            argument = type.GetGenericArguments()[0];
            return true;
        }

        foreach (var implemented in type.GetInterfaces())
        {
            if (implemented.IsGenericType && implemented.GetGenericTypeDefinition() == genericInterface)
            {
                argument = implemented.GetGenericArguments()[0];
                return true;
            }
        }

        argument = typeof(object);
        return false;
    }
}
