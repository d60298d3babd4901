using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// The key of an entity type by convention, as Entity Framework finds it: properties marked <see cref="KeyAttribute"/>,
/// else a property named <c>Id</c> or <c>{Type}Id</c>. Keys make cursors unique and are always projected.
/// </summary>
public static class EntityKeys
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]?> Cache = new();

    public static IReadOnlyList<PropertyInfo>? FindByConvention(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Cache.GetOrAdd(type, static t =>
        {
            var properties = t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0).ToArray();
            var marked = properties.Where(p => p.IsDefined(typeof(KeyAttribute))).ToArray();
            if (marked.Length > 0)
            {
                return marked;
            }

            var byName = properties.FirstOrDefault(p => p.Name == "Id")
                ?? properties.FirstOrDefault(p => string.Equals(p.Name, t.Name + "Id", StringComparison.Ordinal));
            return byName is null ? null : [byName];
        });
    }
}
